import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { ForbiddenResult } from './forbidden-result';
import { ProblemAlert } from './problem-alert';
import { loginPathFor } from './session/session-access';

type ProblemViewProps = { error: unknown; onRetry?: () => void };

/**
 * What a page shows when loading its data failed: the login page when the session ended, a
 * friendly page for 403, otherwise the problem as the server phrased it.
 */
export function ProblemView({ error, onRetry }: ProblemViewProps) {
  const location = useLocation();
  if (error instanceof ApiError && error.status === 401) return <Navigate to={loginPathFor(location)} replace />;
  if (error instanceof ApiError && error.status === 403 && error.code !== 'CSRF_TOKEN_INVALID') {
    return <ForbiddenResult reason={error.code === 'REAL_NAME_LEVEL_TOO_LOW' ? 'level' : 'forbidden'} />;
  }
  return <ProblemAlert error={error} onRetry={onRetry} />;
}
