import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('builds a version 4 UUID from random bytes where randomUUID is missing (plain HTTP)', () => {
    const key = newIdempotencyKey({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => array });
    expect(key).toMatch(UUID_V4);
  });

  it('gives a different key for each action', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
