import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { sessionQueries } from '../../shared/session/session.queries';
import { AlreadyLoggedIn } from './already-logged-in';
import { LoginForm } from './login-form';
import { SecondFactorForm } from './second-factor-form';
import { useCompleteLogin } from './use-complete-login';
import './account.css';

type Challenge = { challengeId: string; sentTo: string };

const text = messages.login;

export function LoginPage() {
  const me = useQuery(sessionQueries.me());
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const completeLogin = useCompleteLogin();

  return (
    <div className="page auth-page" data-testid="login-page">
      <PageTitle>{text.heading}</PageTitle>
      <Card className="auth-card">
        <h1 className="auth-title">{text.heading}</h1>
        {me.isPending ? (
          <PageLoading />
        ) : me.data && me.data.kind !== 'anonymous' && !challenge ? (
          <AlreadyLoggedIn me={me.data} />
        ) : challenge ? (
          <SecondFactorForm challenge={challenge} onBack={() => setChallenge(null)} onLoggedIn={completeLogin} />
        ) : (
          <>
            <p className="muted">{text.intro}</p>
            <LoginForm
              onResult={(result) =>
                result.status === 'second_factor_required' ? setChallenge(result) : completeLogin()
              }
            />
            <p className="auth-switch">
              {text.noAccount}
              <Link to="/register">{text.registerLink}</Link>
            </p>
          </>
        )}
      </Card>
    </div>
  );
}
