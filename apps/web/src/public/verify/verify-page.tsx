import { useMutation } from '@tanstack/react-query';
import type { VerifyRequest } from '@yici/contracts';
import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { VerificationResultView } from './verification-result-view';
import { VerifyByFile } from './verify-by-file';
import { VerifyByIdentifierForm } from './verify-by-identifier-form';
import { VerifyByQrForm } from './verify-by-qr-form';
import { VerifyByShareCodeForm } from './verify-by-share-code-form';
import { documentBodyOf } from './verify-request';
import './verify.css';

const text = messages.certificates.verify;

type VerifyInput = { kind: 'request'; request: VerifyRequest } | { kind: 'file'; file: File };

/** 电子证照核验: by identifier, by the QR code's text, by the downloaded file, or by the holder's 亮证码. */
export function VerifyPage() {
  const [tab, setTab] = useState('identifier');
  const verify = useMutation({
    mutationFn: async (input: VerifyInput) =>
      input.kind === 'file'
        ? api.verifyCertificateFile(await documentBodyOf(input.file))
        : api.verifyCertificate(input.request),
  });
  const isPending = verify.isPending;
  const byRequest = (request: VerifyRequest) => verify.mutate({ kind: 'request', request });
  const fileName = verify.variables?.kind === 'file' ? verify.variables.file.name : null;
  const items = [
    {
      key: 'identifier',
      label: text.tabs.identifier,
      children: <VerifyByIdentifierForm isPending={isPending} onVerify={(identifier) => byRequest({ identifier })} />,
    },
    {
      key: 'qr',
      label: text.tabs.qr,
      children: <VerifyByQrForm isPending={isPending} onVerify={(qr) => byRequest({ qr })} />,
    },
    {
      key: 'file',
      label: text.tabs.file,
      children: (
        <VerifyByFile
          isPending={isPending}
          fileName={fileName}
          onVerify={(file) => verify.mutate({ kind: 'file', file })}
        />
      ),
    },
    {
      key: 'shareCode',
      label: text.tabs.shareCode,
      children: <VerifyByShareCodeForm isPending={isPending} onVerify={(shareCode) => byRequest({ shareCode })} />,
    },
  ];
  return (
    <div className="page" data-testid="verify-page">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro">{text.intro}</p>
      <Card className="verify-card">
        <Tabs
          activeKey={tab}
          items={items}
          onChange={(next) => {
            setTab(next);
            verify.reset();
          }}
        />
      </Card>
      <div aria-live="polite" className="verify-outcome">
        {verify.isError && <ProblemAlert error={verify.error} />}
        {verify.data && <VerificationResultView result={verify.data} />}
      </div>
    </div>
  );
}
