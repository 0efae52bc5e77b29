import { useRef } from 'react';
import { ApiError } from '../../api/client';
import { newIdempotencyKey } from './idempotency-key';

/**
 * The Idempotency-Key of the action on screen. It stays the same while the outcome is unknown (a
 * lost connection, a 5xx), so that trying again cannot file a second case or transition; it is
 * renewed once the server has answered definitely, since the next attempt is then a new action.
 */
export type ActionKey = {
  /** Sends the action with the current key, and renews the key as soon as the answer is definite. */
  send<R>(perform: (idempotencyKey: string) => Promise<R>): Promise<R>;
};

export function createActionKey(newKey: () => string = newIdempotencyKey): ActionKey {
  let key: string | null = null;
  return {
    async send(perform) {
      const sent = (key ??= newKey());
      try {
        const answer = await perform(sent);
        key = null;
        return answer;
      } catch (error) {
        const isUncertain = error instanceof ApiError && (error.status === 0 || error.status >= 500);
        if (!isUncertain) key = null;
        throw error;
      }
    },
  };
}

/**
 * The action key of a component. The key is renewed when the answer arrives, not when the
 * mutation settles: a mutation settles only after its `onSuccess`, which waits for every list to
 * be read again, and an action taken on the fresh page before then (the next department's opinion)
 * went with the old key and was answered with the earlier action's replayed response.
 */
export function useActionKey(): ActionKey {
  const key = useRef<ActionKey | null>(null);
  return (key.current ??= createActionKey());
}
