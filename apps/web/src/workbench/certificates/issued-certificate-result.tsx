import type { Certificate } from '@yici/contracts';
import { Alert, Typography } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { managedCertificatePath, verifyPath } from '../../shared/certificates/certificate-paths';

const text = messages.workbench.issue;

/** What was issued: its identifier, to whom, where to manage it and its public verification. */
export function IssuedCertificateResult({ certificate }: { certificate: Certificate }) {
  return (
    <Alert
      type="success"
      showIcon
      className="form-result"
      data-testid="issued-certificate"
      title={`${text.issued}：${certificate.type.name}`}
      description={
        <>
          <p>
            {text.holder}：{certificate.holder.name}
          </p>
          <p>
            {text.identifier}：
            <Typography.Text code copyable>
              {certificate.identifier}
            </Typography.Text>
          </p>
          <div className="button-row">
            <Link to={managedCertificatePath(certificate.identifier)} data-testid="manage-issued">
              {text.manageLink}
            </Link>
            <Link to={verifyPath(certificate.identifier)}>{text.verifyLink}</Link>
          </div>
        </>
      }
    />
  );
}
