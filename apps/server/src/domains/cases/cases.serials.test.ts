import { describe, expect, it } from 'vitest';
import {
  caseNumber,
  formatSerial,
  isSyntheticCaseNumber,
  MAX_SERIAL,
  MAX_SYNTHETIC_SERIAL,
  parseSerial,
  syntheticSerial,
} from './cases.serials';

describe('daily serials of case numbers', () => {
  it('prints 1 … 9999 as zero-padded decimals', () => {
    expect(formatSerial(1)).toBe('0001');
    expect(formatSerial(42)).toBe('0042');
    expect(formatSerial(9999)).toBe('9999');
  });

  it('continues at 10000 as a letter and three base-36 digits, up to YZZZ at MAX_SERIAL', () => {
    expect(formatSerial(10_000)).toBe('A000');
    expect(formatSerial(10_001)).toBe('A001');
    expect(formatSerial(10_035)).toBe('A00Z');
    expect(formatSerial(10_036)).toBe('A010');
    expect(formatSerial(10_000 + 36 ** 3)).toBe('B000');
    expect(formatSerial(MAX_SERIAL)).toBe('YZZZ');
  });

  it('keeps Z000 … ZZZZ for synthetic history, which real serials never reach', () => {
    expect(syntheticSerial(1)).toBe('Z000');
    expect(syntheticSerial(MAX_SYNTHETIC_SERIAL)).toBe('ZZZZ');
    expect(() => syntheticSerial(MAX_SYNTHETIC_SERIAL + 1)).toThrow();
    expect(() => parseSerial('Z000')).toThrow();
    const real = caseNumber(`${'1'.repeat(18)}3370113001000`, '2018-09-28', MAX_SERIAL);
    expect(real).toHaveLength(43);
    expect(isSyntheticCaseNumber(real)).toBe(false);
    expect(isSyntheticCaseNumber(`${real.slice(0, 39)}${syntheticSerial(7)}`)).toBe(true);
  });

  it('round-trips through parseSerial and sorts as text in numeric order', () => {
    const samples = [1, 2, 999, 9998, 9999, 10_000, 10_001, 10_035, 10_036, 56_655, 56_656, 123_456, MAX_SERIAL - 1];
    samples.push(MAX_SERIAL);
    for (const n of samples) expect(parseSerial(formatSerial(n))).toBe(n);
    const printed = samples.map(formatSerial);
    expect([...printed].sort()).toEqual(printed);
  });

  it('throws beyond MAX_SERIAL and for zero, negative or fractional serials', () => {
    expect(() => formatSerial(MAX_SERIAL + 1)).toThrow();
    expect(() => formatSerial(0)).toThrow();
    expect(() => formatSerial(-1)).toThrow();
    expect(() => formatSerial(1.5)).toThrow();
  });

  it('refuses text that is not a serial instead of reading it as another number', () => {
    for (const text of ['A00a', 'a000', 'A0', 'A0000', '12345', '123', '', 'A0-1']) {
      expect(() => parseSerial(text), text).toThrow();
    }
  });

  it('makes 43-character case numbers: implementation code, yyyyMMdd, serial', () => {
    const code = '11370102020370102W4370113005000';
    expect(caseNumber(code, '2018-09-27', 7)).toBe(`${code}201809270007`);
    expect(caseNumber(code, '2018-09-27', 10_000)).toHaveLength(43);
  });
});
