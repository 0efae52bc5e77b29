import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { resetPersonalData, sessionQueries } from '../../shared/session/session.queries';
import { AlreadyLoggedIn } from './already-logged-in';
import { RealNameSteps } from './real-name-steps';
import { RegisterForm } from './register-form';
import './account.css';

const text = messages.register;

/** 注册: the form for a visitor; once registered (and logged in) the real-name steps follow. */
export function RegisterPage() {
  const queryClient = useQueryClient();
  const me = useQuery(sessionQueries.me());
  const [codeJustSent, setCodeJustSent] = useState(false);

  const body = () => {
    if (me.isPending) return <PageLoading />;
    if (me.data?.kind === 'staff') return <AlreadyLoggedIn me={me.data} />;
    if (me.data?.kind === 'person') return <RealNameSteps me={me.data} codeJustSent={codeJustSent} />;
    return (
      <>
        <p className="muted">{text.intro}</p>
        <RegisterForm
          onRegistered={async () => {
            setCodeJustSent(true);
            await resetPersonalData(queryClient);
          }}
        />
        <p className="auth-switch">
          {text.haveAccount}
          <Link to="/login">{text.loginLink}</Link>
        </p>
      </>
    );
  };

  return (
    <div className="page auth-page" data-testid="register-page">
      <PageTitle>{text.heading}</PageTitle>
      <Card className="auth-card is-wide">
        <h1 className="auth-title">{me.data?.kind === 'person' ? messages.realName.heading : text.heading}</h1>
        {body()}
      </Card>
    </div>
  );
}
