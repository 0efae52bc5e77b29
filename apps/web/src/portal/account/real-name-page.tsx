import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { sessionQueries } from '../../shared/session/session.queries';
import { RealNameSteps } from './real-name-steps';
import './account.css';

/** 实名认证 for a person who registered earlier and left before finishing. */
export function RealNamePage() {
  const me = useQuery(sessionQueries.me());
  return (
    <div className="page auth-page" data-testid="real-name-page">
      <PageTitle>{messages.realName.heading}</PageTitle>
      <Card className="auth-card is-wide">
        <h1 className="auth-title">{messages.realName.heading}</h1>
        {me.data ? <RealNameSteps me={me.data} codeJustSent={false} /> : <PageLoading />}
      </Card>
    </div>
  );
}
