import type { Certificate } from '@yici/contracts';
import { Alert, Button } from 'antd';
import { messages } from '../../messages';
import type { CertificateAction } from './replace-request';

const text = messages.workbench.manage;

type CertificateActionsProps = {
  certificate: Certificate;
  /** 换发 needs the type's fields for its form. */
  canReplace: boolean;
  onChoose: (action: CertificateAction) => void;
};

/** 续期, 换发 and 注销: only a valid certificate can still be acted on. */
export function CertificateActions({ certificate, canReplace, onChoose }: CertificateActionsProps) {
  if (certificate.status !== 'valid') return <Alert type="info" showIcon title={text.notValidHint} />;
  return (
    <div className="button-row" data-testid="certificate-actions">
      <Button type="primary" onClick={() => onChoose('renew')} data-testid="action-renew">
        {text.actions.renew}
      </Button>
      <Button onClick={() => onChoose('replace')} disabled={!canReplace} data-testid="action-replace">
        {text.actions.replace}
      </Button>
      <Button danger onClick={() => onChoose('revoke')} data-testid="action-revoke">
        {text.actions.revoke}
      </Button>
    </div>
  );
}
