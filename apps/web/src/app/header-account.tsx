import { useQuery } from '@tanstack/react-query';
import { IdentitySwitcher } from '../portal/account/identity-switcher';
import { UserMenu } from '../portal/account/user-menu';
import { sessionQueries } from '../shared/session/session.queries';
import { WorkbenchMenu } from '../workbench/workbench-menu';
import { GuestLinks } from './guest-links';

/** The header's right-hand side: who is logged in and as whom, or the way in. */
export function HeaderAccount() {
  const me = useQuery(sessionQueries.me());
  const state = me.data?.kind ?? 'pending';
  return (
    <div className="app-account" data-testid="header-account" data-session={state}>
      {me.data?.kind === 'anonymous' && <GuestLinks />}
      {me.data?.kind === 'person' && me.data.entities.length > 0 && <IdentitySwitcher me={me.data} />}
      {me.data?.kind === 'staff' && <WorkbenchMenu me={me.data} />}
      {me.data && me.data.kind !== 'anonymous' && <UserMenu me={me.data} />}
    </div>
  );
}
