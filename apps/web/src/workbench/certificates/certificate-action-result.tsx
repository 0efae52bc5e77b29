import type { Certificate } from '@yici/contracts';
import { Alert, Typography } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { managedCertificatePath, verifyPath } from '../../shared/certificates/certificate-paths';
import type { CertificateAction } from './replace-request';

const text = messages.workbench.manage;

/** What an action answered: the revoked certificate, or the successor of a renewed or replaced one. */
export type ActionOutcome = { action: CertificateAction; certificate: Certificate };

export function CertificateActionResult({ outcome }: { outcome: ActionOutcome }) {
  const { action, certificate } = outcome;
  if (action === 'revoke') {
    return (
      <Alert
        type="warning"
        showIcon
        className="form-result"
        data-testid="certificate-action-result"
        data-action={action}
        title={text.revoked(certificate.identifier)}
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      className="form-result"
      data-testid="certificate-action-result"
      data-action={action}
      title={`${action === 'renew' ? text.renewed : text.replaced}：${certificate.type.name}`}
      description={
        <>
          <p>
            {text.successor}：
            <Typography.Text code copyable data-testid="successor-identifier">
              {certificate.identifier}
            </Typography.Text>
          </p>
          <div className="button-row">
            <Link to={managedCertificatePath(certificate.identifier)} data-testid="view-successor">
              {text.viewSuccessor}
            </Link>
            <Link to={verifyPath(certificate.identifier)}>{text.verifyLink}</Link>
          </div>
        </>
      }
    />
  );
}
