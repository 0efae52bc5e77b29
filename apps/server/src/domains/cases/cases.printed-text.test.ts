import { describe, expect, it } from 'vitest';
import { auditActionLabel, LABELS, labelOf } from '@yici/contracts';
import { codeWordsIn, pdfText } from '../../testing/pdf-text';
import { requireCjkFont } from '../certificates/certificates.fonts';
import { renderCertificatePdf } from '../certificates/certificates.pdf';
import { CERTIFICATE_TYPES, type CertificateTypeDefinition } from '../certificates/certificates.types';
import { printedFields } from '../certificates/certificates.views';
import { NOTICE_HEADINGS, renderNoticePdf, type NoticeDocument, type NoticeKind } from './cases.notices';
import { toTimelineEvent } from './cases.views';

/**
 * Certificates and notices speak Chinese: every certificate type and every notice is rendered to
 * PDF, its drawn text read back, and any code word (snake_case, CONSTANT_CASE, a lowercase ASCII
 * word, or a value the label table does not know) fails the test.
 */
const font = requireCjkFont();

/** Data of a type with every field filled; an enum field takes the option `pick` chooses. */
function dataOf(type: CertificateTypeDefinition, pick: (count: number) => number): Record<string, unknown> {
  return Object.fromEntries(
    type.fields.map((field) => {
      if (field.type === 'enum') return [field.key, field.options![pick(field.options!.length)]!.value];
      if (field.type === 'number') return [field.key, 120];
      if (field.type === 'date') return [field.key, '2026-01-01'];
      return [field.key, `${field.label}样例`];
    }),
  );
}

async function certificateText(type: CertificateTypeDefinition, data: Record<string, unknown>) {
  const identifier = `${type.code}370102260000000123`;
  const pdf = await renderCertificatePdf({
    title: type.name,
    identifier,
    holderName: '济南一次网络科技有限公司',
    issuerName: '济南市历下区行政审批服务局',
    issuedOn: '2026-01-01',
    validFrom: '2026-01-01',
    validTo: null,
    fields: printedFields(type, data),
    verifyUrl: `https://yici.test/verify/${identifier}?h=0123456789abcdef`,
    sealOwnerName: '济南市历下区行政审批服务局',
    payloadJson: JSON.stringify({ type: type.slug, data }),
    font,
  });
  return pdfText(pdf);
}

describe('certificates speak Chinese', () => {
  it('prints the business licence’s 类型 as 有限责任公司, not limited_company', async () => {
    const licence = CERTIFICATE_TYPES.find((t) => t.slug === 'business_licence')!;
    const text = await certificateText(licence, { ...dataOf(licence, () => 0), entityType: 'limited_company' });
    expect(text).toContain('有限责任公司');
    expect(text).not.toContain('limited_company');
  });

  it.each(CERTIFICATE_TYPES.map((t) => [t.slug, t] as const))(
    '%s renders to a PDF whose text holds no code word',
    async (_slug, type) => {
      // The last option of each enum field here; every option's label is checked below.
      const text = await certificateText(
        type,
        dataOf(type, (count) => count - 1),
      );
      expect(text).toContain(type.name.slice(0, 2));
      expect(codeWordsIn(text)).toEqual([]);
    },
    60_000,
  );

  it('has a Chinese label for every option of every enumerated field', () => {
    for (const type of CERTIFICATE_TYPES)
      for (const field of type.fields.filter((f) => f.type === 'enum'))
        for (const option of field.options!) {
          const [row] = printedFields(type, { [field.key]: option.value });
          expect(codeWordsIn(row!.value), `${type.slug}.${field.key}=${option.value}`).toEqual([]);
        }
  });

  it('names a value the type does not know as unknown instead of printing its code', () => {
    const licence = CERTIFICATE_TYPES.find((t) => t.slug === 'business_licence')!;
    expect(printedFields(licence, { entityType: 'joint_venture' })).toEqual([
      { label: '类型', value: '未知（joint_venture）' },
    ]);
  });
});

const notices: Record<NoticeKind, NoticeDocument> = {
  correction: notice('correction', { materials: [{ name: '公司章程', problem: '未由全体股东签字' }] }),
  refusal: notice('refusal', { reasons: ['申请事项不属于本机关职权范围'] }),
  deferred_acceptance: notice('deferred_acceptance', {
    deferred: [{ name: '房屋租赁合同', supplyBy: '2026-12-20' }],
    promise: '本单位承诺在规定期限内补齐上述材料',
  }),
  acceptance: notice('acceptance', { reasons: ['办理结果可选择邮寄送达'] }),
};

function notice(kind: NoticeKind, overrides: Partial<NoticeDocument>): NoticeDocument {
  return {
    kind,
    issuerName: '济南市历下区行政审批服务局',
    documentNumber: '历下受字〔2026〕第 0001-1 号',
    caseNumber: '11370102MB28520971437011300100020261203A001',
    applicantName: '张三',
    title: '企业开办',
    itemNames: ['企业设立登记', '公章刻制备案'],
    receivedOn: '2026-12-03',
    issuedOn: '2026-12-03',
    materials: [],
    reasons: [],
    deferred: [],
    promise: null,
    consultationPhone: '0531-86012345',
    note: null,
    ...overrides,
  };
}

describe('notices speak Chinese', () => {
  it.each(Object.keys(NOTICE_HEADINGS) as NoticeKind[])(
    'the %s notice renders to a PDF whose text holds no code word',
    async (kind) => {
      const text = pdfText(await renderNoticePdf(notices[kind], { font }));
      expect(text).toContain(NOTICE_HEADINGS[kind].slice(0, 4));
      expect(codeWordsIn(text)).toEqual([]);
    },
    60_000,
  );
});

describe('the one label table', () => {
  it('labels every status, timeline event and verification reason in Chinese', () => {
    for (const table of [
      'caseStatus',
      'taskStatus',
      'materialState',
      'caseChannel',
      'caseOutcome',
      'deliveryStatus',
      'certificateStatus',
    ] as const)
      for (const [value, label] of Object.entries(LABELS[table])) expect(codeWordsIn(label), value).toEqual([]);
    expect(labelOf('verificationReason', 'CONTENT_CHANGED')).toBe('内容被修改');
    expect(labelOf('caseStatus', 'in_review')).toBe('审查中');
  });

  it('reads every timeline event through it, and an unknown one is named as unknown', () => {
    for (const kind of Object.keys(LABELS.caseEvent)) {
      const event = toTimelineEvent(
        { kind, at: new Date(), actorKind: 'system', actorName: '系统', taskId: null, details: {} } as never,
        new Map(),
        true,
      );
      expect(codeWordsIn(event.label), kind).toEqual([]);
    }
  });

  it('labels audit actions, those of cases and certificates by their event tables', () => {
    expect(auditActionLabel('case.accepted')).toBe('办件：受理');
    expect(auditActionLabel('certificates.certificate.revoked')).toBe('电子证照：注销');
    expect(auditActionLabel('identity.mandate.revoke')).toBe('撤销委托');
    expect(auditActionLabel('no.such.action')).toBe('未知（no.such.action）');
    for (const kind of Object.keys(LABELS.caseEvent)) expect(auditActionLabel(`case.${kind}`)).not.toMatch(/未知/);
  });
});
