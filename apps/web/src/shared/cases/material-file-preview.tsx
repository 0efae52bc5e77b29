import type { CaseMaterial } from '@yici/contracts';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { messages } from '../../messages';

const text = messages.cases.materials;

type MaterialFilePreviewProps = { material: CaseMaterial & { file: NonNullable<CaseMaterial['file']> }; url: string };

/**
 * “查看”: the uploaded file shown inline — a PDF in the browser's viewer, an image as itself —
 * with a link to open it in a new window. The server logs each staff view for the applicant.
 */
export function MaterialFilePreview({ material, url }: MaterialFilePreviewProps) {
  const [open, setOpen] = useState(false);
  const isImage = material.file.mediaType.startsWith('image/');
  return (
    <>
      <Button
        type="link"
        size="small"
        onClick={() => setOpen(true)}
        aria-label={text.viewFile(material.file.fileName)}
        data-testid="material-file-view"
      >
        {text.view}
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        footer={
          <a href={url} target="_blank" rel="noreferrer">
            {text.openInNewTab}
          </a>
        }
        title={text.previewTitle(material.name, material.file.fileName)}
        width={900}
        destroyOnHidden
      >
        <div className="material-preview" data-testid="material-preview" data-material={material.key}>
          {isImage ? (
            <img src={url} alt={material.file.fileName} />
          ) : (
            <iframe src={url} title={material.file.fileName} />
          )}
        </div>
      </Modal>
    </>
  );
}
