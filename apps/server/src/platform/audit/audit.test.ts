import { describe, expect, it } from 'vitest';
import {
  canonicalContent,
  canonicalJson,
  contentHashOf,
  GENESIS_LINK,
  linkHashOf,
  sm3Hex,
  storableJson,
  storableText,
  type AuditContent,
} from './audit.canonical';
import { describeVerification } from './audit.cli';

const content: AuditContent = {
  at: new Date('2026-11-27T02:00:00.123Z'),
  actorKind: 'staff',
  actorId: 'staff-1',
  actorLabel: '王芳',
  onBehalfOf: { kind: 'person', id: 'acc-9', mandateId: 'mandate-3' },
  action: 'identity.account.register',
  subjectType: 'account',
  subjectId: 'acc-9',
  purpose: '实名核验',
  caseId: 'case-1',
  requestId: 'req-12345678',
  ip: '10.0.0.8',
  details: { roles: ['reviewer'], regionCode: '3702', nested: { b: 1, a: [true, null, 0.5] } },
};

describe('canonical JSON', () => {
  it('does not depend on the order in which keys were written', () => {
    const one = canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'x' } });
    const other = canonicalJson({ a: { c: 'x', d: [1, { x: 1, y: 2 }] }, b: 1 });
    expect(one).toBe(other);
    expect(one).toBe('{"a":{"c":"x","d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('writes no whitespace and keeps Chinese text as it is', () => {
    expect(canonicalJson({ 名称: '济南 市', n: [1, 2] })).toBe('{"n":[1,2],"名称":"济南 市"}');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ at: new Date() })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });

  it('drops undefined members, as a jsonb round trip does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('content hash', () => {
  it('is the SM3 of the canonical content, keyed by column name', () => {
    // The GB/T 32905 example: SM3("abc").
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(canonicalContent(content)).toContain('"at":"2026-11-27T02:00:00.123Z"');
    expect(canonicalContent(content)).toContain('"subject_type":"account"');
    expect(contentHashOf(content)).toBe(sm3Hex(canonicalContent(content)));
  });

  it('changes when any field changes', () => {
    const changes: Partial<AuditContent>[] = [
      { at: new Date('2026-11-27T02:00:00.124Z') },
      { actorKind: 'person' },
      { actorId: null },
      { actorLabel: '王芳芳' },
      { onBehalfOf: null },
      { action: 'identity.account.close' },
      { subjectType: 'legal_person' },
      { subjectId: 'acc-8' },
      { purpose: null },
      { caseId: 'case-2' },
      { requestId: 'req-87654321' },
      { ip: null },
      { details: { ...content.details, regionCode: '3701' } },
    ];
    const original = contentHashOf(content);
    const hashes = changes.map((change) => contentHashOf({ ...content, ...change }));
    for (const hash of hashes) expect(hash).not.toBe(original);
    expect(new Set(hashes).size).toBe(changes.length);
  });

  it('does not change when details are written in another key order', () => {
    const reordered = { nested: { a: [true, null, 0.5], b: 1 }, regionCode: '3702', roles: ['reviewer'] };
    expect(contentHashOf({ ...content, details: reordered })).toBe(contentHashOf(content));
  });
});

describe('links', () => {
  it('cover the previous link, the position, the id and the content', () => {
    const base = { previous: GENESIS_LINK, seq: 1, id: 1, contentHash: contentHashOf(content) };
    const link = linkHashOf(base);
    expect(link).toMatch(/^[0-9a-f]{64}$/);
    expect(linkHashOf({ ...base, previous: link })).not.toBe(link);
    expect(linkHashOf({ ...base, seq: 2 })).not.toBe(link);
    expect(linkHashOf({ ...base, id: 2 })).not.toBe(link);
    expect(linkHashOf({ ...base, contentHash: sm3Hex('other') })).not.toBe(link);
  });
});

describe('storable values', () => {
  it('replace what PostgreSQL text cannot hold, so the stored row hashes as recorded', () => {
    expect(storableText('a\u0000b')).toBe('a\uFFFDb');
    expect(storableText('x\uD800y')).toBe('x\uFFFDy');
    expect(storableText('正常文本😀')).toBe('正常文本😀');
  });

  it('turn details into plain JSON as a jsonb column returns it', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(storableJson({ at, skip: undefined, list: [undefined, 1], k: 'v\u0000' })).toEqual({
      at: '2026-01-02T03:04:05.000Z',
      list: [null, 1],
      k: 'v\uFFFD',
    });
    const proto = storableJson(JSON.parse('{"__proto__":{"x":1}}')) as Record<string, unknown>;
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });
});

describe('the verify report', () => {
  it('names the first broken entry in Chinese and English', () => {
    const lines = describeVerification({
      ok: false,
      firstBroken: { id: 42, seq: 17, reason: 'missing_entry', missingSeq: 15 },
      checked: 14,
    });
    expect(lines.join('\n')).toContain('id 42, seq 17');
    expect(lines.join('\n')).toContain('记录缺失 / entry missing');
    expect(lines.join('\n')).toContain('seq 15–16');
  });

  it('gives the chain head when the chain is intact', () => {
    const lines = describeVerification({
      ok: true,
      sealed: 3,
      unsealed: 1,
      signedBatches: 1,
      checkpoints: 0,
      head: { seq: 3, linkHash: 'ab' },
    });
    expect(lines.join('\n')).toContain('audit chain intact: 3');
    expect(lines.join('\n')).toContain('seq 3, link ab');
  });
});
