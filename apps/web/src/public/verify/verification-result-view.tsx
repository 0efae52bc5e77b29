import type { VerificationResult } from '@yici/contracts';
import { Alert, Card, Typography } from 'antd';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';
import { VerificationReasons } from './verification-reasons';
import { VerificationVerdict } from './verification-verdict';
import { VerifiedAnnotation } from './verified-annotation';
import { VerifiedCertificate } from './verified-certificate';
import { VerifiedSeal } from './verified-seal';
import { VerifiedValidity } from './verified-validity';

const text = messages.certificates.result;

/**
 * The verdict, why, then what was checked: the registered certificate (its content only when
 * the document or a share code was presented, else its validity), its seal, any annotation.
 */
export function VerificationResultView({ result }: { result: VerificationResult }) {
  return (
    <div
      className="verification-result"
      data-testid="verification-result"
      data-valid={String(result.valid)}
      data-disclosure={result.disclosure}
    >
      <VerificationVerdict isValid={result.valid} />
      {result.reasons.length > 0 && <VerificationReasons reasons={result.reasons} />}
      {result.annotation && <VerifiedAnnotation annotation={result.annotation} />}
      {result.sharedUntil && (
        <Alert
          type="info"
          showIcon
          data-testid="shared-until"
          title={text.sharedUntil(formatDateTime(result.sharedUntil))}
        />
      )}
      <div className="verification-details">
        <Card title={text.certificateHeading}>
          <RegisteredCertificate result={result} />
        </Card>
        {result.seal && (
          <Card title={text.sealHeading}>
            <VerifiedSeal seal={result.seal} isSignatureValid={result.signatureValid} />
          </Card>
        )}
      </div>
    </div>
  );
}

function RegisteredCertificate({ result }: { result: VerificationResult }) {
  if (result.certificate) return <VerifiedCertificate certificate={result.certificate} />;
  if (result.validity) return <VerifiedValidity validity={result.validity} />;
  return (
    <>
      <p className="muted">{text.notRegistered}</p>
      {result.identifier && (
        <Typography.Text code className="certificate-identifier">
          {result.identifier}
        </Typography.Text>
      )}
    </>
  );
}
