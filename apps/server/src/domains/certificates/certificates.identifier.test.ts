import { describe, expect, it } from 'vitest';
import {
  buildCertificateIdentifier,
  isValidMod3736,
  mod3736CheckCharacter,
  parseCertificateIdentifier,
} from './certificates.identifier';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Deterministic strings over 0-9A-Z, so a failure can be replayed. */
function sampleStrings(count: number): string[] {
  let seed = 20181001;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  return Array.from({ length: count }, () => {
    const length = 1 + (next() % 48);
    return Array.from({ length }, () => ALPHABET[next() % 36]).join('');
  });
}

describe('ISO/IEC 7064 MOD 37,36', () => {
  it('agrees with published examples', () => {
    // Examples that ISO 7064 implementations test against (the first is the GRid sample).
    for (const valid of ['A12425GABC1234002M', 'B159D8FA01240000K', '188166C7342000003']) {
      expect(mod3736CheckCharacter(valid.slice(0, -1))).toBe(valid.slice(-1));
      expect(isValidMod3736(valid)).toBe(true);
    }
  });

  it('makes any text valid by appending its check character', () => {
    for (const text of sampleStrings(300)) expect(isValidMod3736(text + mod3736CheckCharacter(text))).toBe(true);
  });

  it('detects every single-character substitution', () => {
    const undetected: string[] = [];
    for (const text of sampleStrings(200)) {
      const valid = text + mod3736CheckCharacter(text);
      for (let i = 0; i < valid.length; i++) {
        for (const other of ALPHABET) {
          const changed = valid.slice(0, i) + other + valid.slice(i + 1);
          if (other !== valid[i] && isValidMod3736(changed)) undetected.push(changed);
        }
      }
    }
    expect(undetected).toEqual([]);
  });

  it('detects adjacent transpositions except rare swaps of neighbouring values, as the hybrid system is known to', () => {
    let transpositions = 0;
    let missed = 0;
    for (const text of sampleStrings(2000)) {
      const valid = text + mod3736CheckCharacter(text);
      for (let i = 0; i + 1 < valid.length; i++) {
        const [a, b] = [valid[i]!, valid[i + 1]!];
        if (a === b) continue;
        transpositions++;
        if (!isValidMod3736(valid.slice(0, i) + b + a + valid.slice(i + 2))) continue;
        missed++;
        // Only values one apart (cyclically: 0↔1 … Y↔Z, Z↔0) can slip through, and only after
        // particular running totals.
        const gap = (ALPHABET.indexOf(a) - ALPHABET.indexOf(b) + 36) % 36;
        expect([1, 35], `${valid} swapping ${a}${b} at ${i}`).toContain(gap);
      }
    }
    expect(missed).toBeGreaterThan(0);
    expect(missed / transpositions).toBeLessThan(0.005);
    // One such blind spot, pinned so a change in the algorithm shows up here.
    expect(isValidMod3736('HTSA7ZH10')).toBe(true);
    expect(isValidMod3736('HTSA7ZH01')).toBe(true);
  });

  it('refuses characters outside 0-9A-Z instead of guessing', () => {
    expect(() => mod3736CheckCharacter('abc')).toThrow(RangeError);
    expect(() => mod3736CheckCharacter('12.3')).toThrow(RangeError);
    expect(() => isValidMod3736('12-3')).toThrow(RangeError);
  });
});

describe('electronic certificate identifiers (GB/T 36904)', () => {
  const typeCode = '11100000000013338W011';
  const issuerUscc = '113700000045030270';

  it('checks out identifiers published by the national platform', () => {
    for (const identifier of [
      '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U',
      '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.002.S',
      '1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0',
      '1.2.156.3005.2.11100000000013338W087.11370800MB28559184.37080001202411010001.001.3',
    ]) {
      expect(parseCertificateIdentifier(identifier), identifier).toMatchObject({ ok: true });
    }
  });

  it('reads back the parts it was built from, with the serial padded to 12', () => {
    const identifier = buildCertificateIdentifier({ typeCode, issuerUscc, serial: 4711, version: 1 });
    expect(identifier).toMatch(
      /^1\.2\.156\.3005\.2\.11100000000013338W011\.113700000045030270\.000000004711\.001\.[0-9A-Z]$/,
    );
    const parsed = parseCertificateIdentifier(identifier);
    expect(parsed).toEqual({
      ok: true,
      parts: { typeCode, issuerUscc, serial: '000000004711', version: '001', check: identifier.slice(-1) },
    });
    expect(buildCertificateIdentifier({ typeCode, issuerUscc, serial: '4711', version: '001' })).toBe(identifier);
  });

  it('fails the check when any character of the parts changes', () => {
    const identifier = buildCertificateIdentifier({ typeCode, issuerUscc, serial: '20260000123', version: '002' });
    const prefixLength = '1.2.156.3005.2.'.length;
    for (let i = prefixLength; i < identifier.length - 2; i++) {
      const char = identifier[i]!;
      if (char === '.' || !/\d/.test(char)) continue;
      const changed = identifier.slice(0, i) + String((Number(char) + 1) % 10) + identifier.slice(i + 1);
      const parsed = parseCertificateIdentifier(changed);
      expect(parsed.ok, `digit ${i} changed: ${changed}`).toBe(false);
      if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain('identifier.check');
    }
  });

  it('says which check character was expected', () => {
    const identifier = buildCertificateIdentifier({ typeCode, issuerUscc, serial: 1, version: 1 });
    const right = identifier.slice(-1);
    const wrong = right === '0' ? '1' : '0';
    expect(parseCertificateIdentifier(identifier.slice(0, -1) + wrong, 'certificateId')).toEqual({
      ok: false,
      issues: [{ path: 'certificateId.check', message: `校验位不符：应为“${right}”，实际为“${wrong}”` }],
    });
  });

  it('names a wrong prefix', () => {
    const parsed = parseCertificateIdentifier('1.2.156.3005.1.11100000000013338W011.11370000004503027X.1.001.0');
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'identifier.prefix' }] });
  });

  it('names a wrong number of parts', () => {
    const parsed = parseCertificateIdentifier('1.2.156.3005.2.11100000000013338W011.11370000004503027X.001.0');
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ path: 'identifier', message: expect.stringContaining('5 段') }],
    });
  });

  it('names every malformed part at once', () => {
    const parsed = parseCertificateIdentifier('1.2.156.3005.2.11100000000013338W01.1137000000450302IX.12_3.01.?');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.path)).toEqual([
      'identifier.typeCode',
      'identifier.issuerUscc',
      'identifier.serial',
      'identifier.version',
      'identifier.check',
    ]);
    expect(parsed.issues[0]!.message).toContain('应为 21 位');
    expect(parsed.issues[3]!.message).toContain('3 位数字');
  });

  it('takes a USCC whose own check character fails, as real registered codes can', () => {
    const identifier = buildCertificateIdentifier({
      typeCode,
      issuerUscc: '11370000004503027X',
      serial: 7,
      version: 1,
    });
    expect(parseCertificateIdentifier(identifier)).toMatchObject({ ok: true });
  });

  it('refuses to build from malformed parts', () => {
    expect(() => buildCertificateIdentifier({ typeCode: '111', issuerUscc, serial: 1, version: 1 })).toThrow(
      /证照类型代码/,
    );
    expect(() => buildCertificateIdentifier({ typeCode, issuerUscc, serial: '1234567890123', version: 1 })).toThrow(
      /serial/,
    );
    expect(() => buildCertificateIdentifier({ typeCode, issuerUscc, serial: -1, version: 1 })).toThrow(/serial/);
    expect(() => buildCertificateIdentifier({ typeCode, issuerUscc, serial: 1, version: 1000 })).toThrow(/版本号/);
  });
});
