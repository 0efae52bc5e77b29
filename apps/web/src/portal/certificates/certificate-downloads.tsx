import { FileTextOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import { documentUrl } from '../../api/certificates.endpoints';
import { messages } from '../../messages';
import { verifyPath } from '../../shared/certificates/certificate-paths';

const text = messages.certificates.detail;

/** The sealed PDF, the signed JSON, and the public verification of this certificate. */
export function CertificateDownloads({ identifier }: { identifier: string }) {
  return (
    <div className="certificate-downloads">
      <p className="muted">{text.downloadsHint}</p>
      <div className="button-row">
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          href={documentUrl(identifier, 'pdf')}
          download
          data-testid="download-pdf"
        >
          {text.downloadPdf}
        </Button>
        <Button icon={<FileTextOutlined />} href={documentUrl(identifier, 'json')} download data-testid="download-json">
          {text.downloadJson}
        </Button>
        <Link to={verifyPath(identifier)} className="icon-link">
          <SafetyCertificateOutlined />
          {text.verifyLink}
        </Link>
      </div>
    </div>
  );
}
