import { describe, expect, it } from 'vitest';
import { copyLine, CopyBuffer } from './bulk-copy';

describe('CopyBuffer', () => {
  it('collects rows as UTF-8 bytes, grows past its capacity, and starts anew when taken', () => {
    const buffer = new CopyBuffer(8);
    const rows = [copyLine(['a', 1, null]), copyLine(['济南市历下区', true, { k: 'v\t' }]), copyLine(['x'.repeat(50)])];
    for (const row of rows) buffer.push(row);
    const taken = buffer.take();
    expect(Buffer.from(taken).toString('utf8')).toBe(rows.join(''));
    expect(buffer.size).toBe(0);
    buffer.push('b\n');
    expect(Buffer.from(buffer.take()).toString('utf8')).toBe('b\n');
    // The bytes taken first are not overwritten by later rows.
    expect(Buffer.from(taken).toString('utf8')).toBe(rows.join(''));
  });
});
