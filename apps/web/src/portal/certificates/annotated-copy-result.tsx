import { FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { CertificateCopy } from '../../api/certificates.shapes';
import { documentUrl } from '../../api/certificates.endpoints';
import { messages } from '../../messages';

const text = messages.certificates.copy;

/** The copy just made, with its annotation and where to download it. */
export function AnnotatedCopyResult({ copy }: { copy: CertificateCopy }) {
  return (
    <Alert
      type="success"
      showIcon
      className="form-result"
      data-testid="annotated-copy"
      data-copy-id={copy.id}
      title={text.created}
      description={
        <>
          <p className="annotation-text">{text.annotation(copy.purpose, copy.expiresOn)}</p>
          <div className="button-row">
            <Button
              size="small"
              type="primary"
              icon={<FilePdfOutlined />}
              href={documentUrl(copy.id, 'pdf')}
              download
              data-testid="download-copy-pdf"
            >
              {text.downloadPdf}
            </Button>
            <Button size="small" icon={<FileTextOutlined />} href={documentUrl(copy.id, 'json')} download>
              {text.downloadJson}
            </Button>
          </div>
        </>
      }
    />
  );
}
