import { describe, expect, it } from 'vitest';
import { checkUscc, completeUscc, isValidIdNumber, idNumberCheckCharacter, maskIdNumber } from './codes';

describe('USCC (GB 32100)', () => {
  it('accepts a code whose check character matches', () => {
    // The example code GB 32100 guides commonly quote.
    expect(checkUscc('91350100M000100Y43')).toEqual({ valid: true });
  });

  it('reports the expected check character when it does not match', () => {
    expect(checkUscc('91350100M000100Y40')).toEqual({ valid: false, reason: 'check_character', expected: '3' });
  });

  it('rejects letters outside the alphabet (I, O, S, V, Z) and wrong lengths', () => {
    expect(checkUscc('91350100M000100YI3')).toMatchObject({ reason: 'alphabet' });
    expect(checkUscc('1110000000001312')).toMatchObject({ reason: 'length' });
  });

  it('completes a 17-character body into a valid code', () => {
    expect(checkUscc(completeUscc('91370100MA3C0000X'))).toEqual({ valid: true });
  });
});

describe('resident ID numbers (GB 11643)', () => {
  it('computes the ISO 7064 MOD 11-2 check character, X included', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });

  it('rejects impossible birth dates', () => {
    const body = '37010219990231001';
    expect(isValidIdNumber(body + idNumberCheckCharacter(body))).toBe(false);
  });

  it('masks all but the region and the last four characters', () => {
    expect(maskIdNumber('37010219900101123X')).toBe('370102********123X');
  });
});
