import { describe, expect, it } from 'vitest';
import { ApiError, localProblem } from '../../api/api-error';
import { createActionKey } from './use-action-key';

const problem = (status: number) => new ApiError(localProblem({ status, code: `HTTP_${status}`, title: '失败' }));

describe('an action’s Idempotency-Key', () => {
  let n = 0;
  const keys = () => createActionKey(() => `key-${++n}`);

  it('is renewed as soon as the answer arrives, before the caller goes on to the next action', async () => {
    const key = keys();
    const sent: string[] = [];
    await key.send(async (k) => sent.push(k));
    // The next action, taken while the caller still reads the lists again after the first.
    await key.send(async (k) => sent.push(k));
    expect(sent[0]).not.toBe(sent[1]);
  });

  it('stays the same after a lost connection or a 5xx, so that trying again cannot act twice', async () => {
    for (const status of [0, 500, 503]) {
      const key = keys();
      const sent: string[] = [];
      await expect(key.send((k) => (sent.push(k), Promise.reject(problem(status))))).rejects.toBeInstanceOf(ApiError);
      await key.send(async (k) => sent.push(k));
      expect(sent[0], String(status)).toBe(sent[1]);
    }
  });

  it('is renewed after a definite refusal (4xx): the next attempt is a new action', async () => {
    const key = keys();
    const sent: string[] = [];
    await expect(key.send((k) => (sent.push(k), Promise.reject(problem(409))))).rejects.toBeInstanceOf(ApiError);
    await key.send(async (k) => sent.push(k));
    expect(sent[0]).not.toBe(sent[1]);
  });
});
