import { InboxOutlined } from '@ant-design/icons';
import { App, Upload } from 'antd';
import { messages } from '../../messages';
import { MAX_DOCUMENT_BYTES } from './verify-request';

const text = messages.certificates.verify;

type VerifyByFileProps = { isPending: boolean; fileName: string | null; onVerify: (file: File) => void };

/** A downloaded PDF or JSON, checked on the server as it is: nothing is uploaded to a list or kept. */
export function VerifyByFile({ isPending, fileName, onVerify }: VerifyByFileProps) {
  const { message } = App.useApp();
  return (
    <div data-testid="verify-file">
      <Upload.Dragger
        accept=".pdf,.json,application/pdf,application/json"
        multiple={false}
        showUploadList={false}
        disabled={isPending}
        beforeUpload={(file) => {
          if (file.size > MAX_DOCUMENT_BYTES) void message.error(text.fileTooLarge);
          else onVerify(file);
          // The file is sent by the verification request itself, not by Upload.
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{isPending ? text.checking : text.fileHint}</p>
        <p className="ant-upload-hint">{text.fileSubHint}</p>
      </Upload.Dragger>
      {fileName && <p className="muted verify-file-name">{text.fileName(fileName)}</p>}
    </div>
  );
}
