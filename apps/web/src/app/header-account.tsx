import { lazy, Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '../shared/session/session.queries';
import { GuestLinks } from './guest-links';

// The menus of a logged-in person or staff member (antd's dropdown, menu and feedback hooks) are
// fetched only for them: a first-time visitor's home page does not carry their code.
const AccountWidgets = lazy(async () => ({ default: (await import('./account-widgets')).AccountWidgets }));

/** The header's right-hand side: who is logged in and as whom, or the way in. */
export function HeaderAccount() {
  const me = useQuery(sessionQueries.me());
  const state = me.data?.kind ?? 'pending';
  return (
    <div className="app-account" data-testid="header-account" data-session={state}>
      {me.data?.kind === 'anonymous' && <GuestLinks />}
      {me.data && me.data.kind !== 'anonymous' && (
        <Suspense fallback={null}>
          <AccountWidgets me={me.data} />
        </Suspense>
      )}
    </div>
  );
}
