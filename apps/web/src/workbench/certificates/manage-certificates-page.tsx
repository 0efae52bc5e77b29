import { Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { CertificateActionResult, type ActionOutcome } from './certificate-action-result';
import { identifierFromInput } from './certificate-lookup';
import { ManagedCertificate } from './managed-certificate';
import '../../portal/certificates/certificates.css';
import '../workbench.css';

const title = messages.workbench.tools.manageCertificates.title;
const text = messages.workbench.manage;

/** 证照管理: look a certificate up by its identifier or verification link, then revoke, renew or replace it. */
export function ManageCertificatesPage() {
  const [params, setParams] = useSearchParams();
  const identifier = params.get('identifier') ?? '';
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const lookUp = (input: string) => {
    const next = identifierFromInput(input);
    setOutcome(null);
    setParams(next ? { identifier: next } : {});
  };
  return (
    <div className="page" data-testid="manage-certificates-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <Card className="certificate-lookup-card">
        <Form layout="vertical" requiredMark={false}>
          <Form.Item label={text.search} htmlFor="certificate-lookup">
            <Input.Search
              key={identifier}
              id="certificate-lookup"
              defaultValue={identifier}
              placeholder={text.searchPlaceholder}
              enterButton={text.searchButton}
              allowClear
              onSearch={lookUp}
              data-testid="certificate-lookup"
            />
          </Form.Item>
        </Form>
      </Card>
      {outcome && <CertificateActionResult outcome={outcome} />}
      {identifier && <ManagedCertificate identifier={identifier} onActed={setOutcome} />}
    </div>
  );
}
