import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'antd';
import { useRef } from 'react';
import { api } from '../../../api/client';
import { messages } from '../../../messages';
import { ProblemAlert } from '../../problem-alert';
import type { MaterialChoice } from './application-request';

const text = messages.cases.apply;
const ACCEPTED = 'application/pdf,image/jpeg,image/png';
const MAX_FILE_NAME = 120;

type Uploaded = Extract<MaterialChoice, { kind: 'upload' }>;
type MaterialUploadProps = { materialName: string; uploaded: Uploaded | null; onUploaded: (choice: Uploaded) => void };

/** Picks a file and stores it on the server at once; the application then names it by its SHA-256. */
export function MaterialUpload({ materialName, uploaded, onUploaded }: MaterialUploadProps) {
  const input = useRef<HTMLInputElement>(null);
  const upload = useMutation({
    mutationFn: (file: File) => api.uploadMaterial(file),
    onSuccess: (result, file) =>
      onUploaded({
        kind: 'upload',
        sha256: result.sha256,
        fileName: file.name.slice(-MAX_FILE_NAME),
        size: result.size,
      }),
  });
  return (
    <div data-testid="material-upload">
      <input
        ref={input}
        type="file"
        accept={ACCEPTED}
        className="apply-file-input"
        aria-label={`${text.upload}：${materialName}`}
        data-testid="material-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) upload.mutate(file);
        }}
      />
      <div className="button-row">
        <Button icon={<UploadOutlined />} loading={upload.isPending} onClick={() => input.current?.click()}>
          {upload.isPending ? text.uploading : uploaded ? text.reupload : text.upload}
        </Button>
        {uploaded ? (
          <span data-testid="material-uploaded">
            {text.uploaded(uploaded.fileName, messages.cases.fileSize(uploaded.size))}
          </span>
        ) : (
          <span className="muted">{text.uploadHint}</span>
        )}
      </div>
      {upload.isError && <ProblemAlert error={upload.error} />}
    </div>
  );
}
