import type { VerificationResult } from '@yici/contracts';
import { Card } from 'antd';
import { messages } from '../../messages';
import { VerificationReasons } from './verification-reasons';
import { VerificationVerdict } from './verification-verdict';
import { VerifiedAnnotation } from './verified-annotation';
import { VerifiedCertificate } from './verified-certificate';
import { VerifiedSeal } from './verified-seal';

const text = messages.certificates.result;

/** The verdict, why, then what was checked: the registered certificate, its seal, any annotation. */
export function VerificationResultView({ result }: { result: VerificationResult }) {
  return (
    <div className="verification-result" data-testid="verification-result" data-valid={String(result.valid)}>
      <VerificationVerdict isValid={result.valid} />
      {result.reasons.length > 0 && <VerificationReasons reasons={result.reasons} />}
      {result.annotation && <VerifiedAnnotation annotation={result.annotation} />}
      <div className="verification-details">
        <Card title={text.certificateHeading}>
          <VerifiedCertificate certificate={result.certificate} identifier={result.identifier} />
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
