import { useRef } from 'react';
import { ApiError } from '../../api/client';
import { newIdempotencyKey } from './idempotency-key';

/**
 * The Idempotency-Key of the action on screen. It stays the same while the outcome is unknown (a
 * lost connection, a 5xx), so that trying again cannot file a second case or transition; it is
 * renewed once the server has answered definitely, since the next attempt is then a new action.
 */
export function useActionKey() {
  const key = useRef<string | null>(null);
  return {
    current: () => (key.current ??= newIdempotencyKey()),
    settle: (error?: unknown) => {
      const isUncertain = error instanceof ApiError && (error.status === 0 || error.status >= 500);
      if (!isUncertain) key.current = null;
    },
  };
}
