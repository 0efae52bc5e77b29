import { useQueryClient } from '@tanstack/react-query';
import type { Case } from '@yici/contracts';
import { Button, Result } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { certificatePath } from '../../shared/certificates/certificate-paths';
import { applicationTargetOf } from '../../shared/cases/application-target';
import { ApplicationWizard } from '../../shared/cases/apply/application-wizard';
import { PageTitle } from '../../shared/page-title';
import { ApplicationDone } from './application-done';
import { myCaseQueries } from './cases.queries';
import { RegionChoice } from './region-choice';
import '../../shared/cases/cases.css';

const text = messages.cases.apply;

/** 在线申请: one item or a whole bundle, filed by the logged-in person (or the entity they act for). */
export function ApplyPage() {
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const [filed, setFiled] = useState<Case | null>(null);
  const target = applicationTargetOf(params);
  const onFiled = (theCase: Case) => {
    setFiled(theCase);
    void queryClient.invalidateQueries({ queryKey: myCaseQueries.all() });
  };
  return (
    <div className="page" data-testid="apply-page">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro">{text.intro}</p>
      {filed && <ApplicationDone theCase={filed} />}
      {!filed && target === null && (
        <Result
          status="warning"
          title={text.missingTarget}
          extra={
            <Link to="/bundles">
              <Button>{text.backToBundles}</Button>
            </Link>
          }
        />
      )}
      {!filed && target === 'needs_region' && (
        <RegionChoice onChoose={(region) => setParams((previous) => ({ ...Object.fromEntries(previous), region }))} />
      )}
      {!filed && target !== null && target !== 'needs_region' && (
        <ApplicationWizard
          key={JSON.stringify(target)}
          target={target}
          queryRoot="account"
          send={api.createApplication}
          onFiled={onFiled}
          previewLink={certificatePath}
        />
      )}
    </div>
  );
}
