import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-time';

describe('times on screen', () => {
  it('are shown in Beijing time whatever the machine zone', () => {
    expect(formatDateTime('2026-04-30T16:05:09.000Z')).toBe('2026-05-01 00:05:09');
    expect(formatDate('2026-04-30T16:05:09.000Z')).toBe('2026-05-01');
  });
});
