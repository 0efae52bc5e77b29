import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, maskIdNumbers } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino(loggerOptions('info'), stream), lines };
}

describe('logging', () => {
  it('masks resident ID numbers inside free text', () => {
    expect(maskIdNumbers('GET /api/x?id=37010219900101123X')).toBe('GET /api/x?id=370102********123X');
  });

  it('never writes an ID number in full, in messages, fields or nested objects', () => {
    const { logger, lines } = capture();
    logger.info(
      { applicant: { note: '身份证 370102199001011234' }, idNumber: '370102199001011234' },
      '查询 370102199001011234',
    );
    const line = lines.join('');
    expect(line).not.toContain('370102199001011234');
    expect(line).toContain('370102********1234');
  });
});
