import { describe, expect, it } from 'vitest';
import { createMemo } from './memo';

describe('memo', () => {
  it('computes a key once and answers it again from memory', () => {
    const memo = createMemo<number>({ max: 10, enabled: true });
    let calls = 0;
    expect(memo.get('a', () => ++calls)).toBe(1);
    expect(memo.get('a', () => ++calls)).toBe(1);
    expect(calls).toBe(1);
  });

  it('forgets the oldest entry when full', () => {
    const memo = createMemo<string>({ max: 2, enabled: true });
    memo.get('a', () => 'a1');
    memo.get('b', () => 'b1');
    memo.get('c', () => 'c1');
    expect(memo.size).toBe(2);
    expect(memo.get('a', () => 'a2')).toBe('a2');
    expect(memo.get('c', () => 'c2')).toBe('c1');
  });

  it('does not keep a rejected promise', async () => {
    const memo = createMemo<Promise<number>>({ max: 10, enabled: true });
    await expect(memo.get('a', () => Promise.reject(new Error('lost')))).rejects.toThrow('lost');
    await Promise.resolve();
    expect(await memo.get('a', () => Promise.resolve(2))).toBe(2);
  });

  it('computes every time when caches are off', () => {
    const memo = createMemo<number>({ max: 10, enabled: false });
    let calls = 0;
    memo.get('a', () => ++calls);
    memo.get('a', () => ++calls);
    expect(calls).toBe(2);
    expect(memo.size).toBe(0);
  });
});
