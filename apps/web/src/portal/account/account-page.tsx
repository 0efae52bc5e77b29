import { useQuery } from '@tanstack/react-query';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { sessionQueries } from '../../shared/session/session.queries';
import { AccountProfile } from './account-profile';
import { AccountSecurity } from './account-security';
import { RealNameLevelCard } from './real-name-level-card';
import './account.css';

/** 我的账号: profile, real-name level and what it unlocks, logout. */
export function AccountPage() {
  const me = useQuery(sessionQueries.me());
  if (!me.data) return <PageLoading />;
  return (
    <div className="page" data-testid="account-page">
      <PageTitle>{messages.account.heading}</PageTitle>
      <h1>{messages.account.heading}</h1>
      <div className="account-grid">
        <AccountProfile me={me.data} />
        {me.data.kind === 'person' && <RealNameLevelCard me={me.data} />}
        <AccountSecurity />
      </div>
    </div>
  );
}
