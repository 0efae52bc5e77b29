import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Case } from '@yici/contracts';
import { Button, Card, Result } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ApplicationWizard } from '../../shared/cases/apply/application-wizard';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { sessionQueries } from '../../shared/session/session.queries';
import { IntakeSetupForm, type IntakeSetup } from './intake-setup-form';
import { staffCasePath } from './staff-cases.queries';
import '../workbench.css';
import '../../shared/cases/cases.css';

const text = messages.cases.intake;

/** 一窗受理: a clerk files for the applicant at the hall; the server records the visit. */
export function WindowIntakePage() {
  const me = useQuery(sessionQueries.me());
  const queryClient = useQueryClient();
  const [setup, setSetup] = useState<IntakeSetup | null>(null);
  const [filed, setFiled] = useState<Case | null>(null);
  if (!me.data) return <PageLoading />;
  const restart = () => {
    setSetup(null);
    setFiled(null);
  };
  return (
    <div className="page" data-testid="window-intake">
      <PageTitle>{text.heading}</PageTitle>
      <div className="workbench-heading">
        <h1>{text.heading}</h1>
        {setup && !filed && <Button onClick={restart}>{text.change}</Button>}
      </div>
      <p className="page-intro">{text.intro}</p>
      {filed && (
        <Result
          status="success"
          title={text.submittedTitle}
          subTitle={filed.caseNumber ?? messages.cases.detail.noCaseNumber}
          data-testid="intake-done"
          extra={[
            <Link key="case" to={staffCasePath(filed.id)}>
              <Button type="primary">{text.openCase}</Button>
            </Link>,
            <Button key="next" onClick={restart}>
              {text.another}
            </Button>,
          ]}
        />
      )}
      {!filed && !setup && (
        <Card>
          <IntakeSetupForm me={me.data} onStart={setSetup} />
        </Card>
      )}
      {!filed && setup && (
        <ApplicationWizard
          key={JSON.stringify(setup)}
          target={setup.target}
          applicant={setup.applicant}
          servicePointId={setup.servicePointId}
          queryRoot="workbench"
          send={api.intakeCase}
          onFiled={(theCase) => {
            setFiled(theCase);
            void queryClient.invalidateQueries({ queryKey: ['workbench', 'cases'] });
          }}
        />
      )}
    </div>
  );
}
