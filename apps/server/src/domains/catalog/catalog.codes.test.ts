import { describe, expect, it } from 'vitest';
import { completeUscc } from '../../platform/codes';
import { parseBasicCode, parseImplementationCode } from './catalog.codes';

describe('item codes (GB/T 39554.1)', () => {
  it('splits a basic code into its five parts', () => {
    expect(parseBasicCode('370113001000')).toEqual({
      ok: true,
      parts: { region: '37', itemType: '01', department: '13', sequence: '001', subItem: '000' },
    });
  });

  it('accepts 00Y for an item with sub-items', () => {
    expect(parseBasicCode('37011300100Y').ok).toBe(true);
  });

  it('names each wrong part of a basic code', () => {
    const parsed = parseBasicCode('3799990A1ABC');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path)).toEqual([
        'code.itemType',
        'code.department',
        'code.sequence',
        'code.subItem',
      ]);
    }
  });

  it('parses an implementation code: body USCC, exercise level and basic code', () => {
    const uscc = completeUscc('11370100013370100');
    const parsed = parseImplementationCode(`${uscc}3370113001000`);
    expect(parsed).toMatchObject({ ok: true, parts: { uscc, exerciseLevel: '3' } });
  });

  it('names a wrong exercise level and a wrong basic-code part inside an implementation code', () => {
    const uscc = completeUscc('11370100013370100');
    const parsed = parseImplementationCode(`${uscc}9379913001000`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toEqual(['code.exerciseLevel', 'code.basicCode.itemType']);
  });
});
