import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenResult } from '../shared/forbidden-result';
import { PageLoading } from '../shared/page-loading';
import { ProblemAlert } from '../shared/problem-alert';
import { judgeSession, loginPathFor, type SessionRequirement } from '../shared/session/session-access';
import { sessionQueries } from '../shared/session/session.queries';

/** A layout route that opens its pages only to the session the requirement names. */
export function RequireSession(requirement: SessionRequirement) {
  const me = useQuery(sessionQueries.me());
  const location = useLocation();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  const verdict = judgeSession(me.data, requirement);
  if (verdict === 'login') return <Navigate to={loginPathFor(location)} replace />;
  if (verdict !== 'allowed') return <ForbiddenResult reason={verdict} />;
  return <Outlet />;
}
