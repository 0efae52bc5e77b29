import { beforeAll, describe, expect, it } from 'vitest';
import { requireCjkFont } from '../certificates/certificates.fonts';
import {
  APPEAL_SENTENCE,
  NOTICE_CELL_SEPARATOR,
  NOTICE_HEADINGS,
  noticeLines,
  renderNoticePdf,
  type NoticeDocument,
  type NoticeKind,
} from './cases.notices';

// Fails with the install hint on a machine without fonts-noto-cjk.
const font = requireCjkFont();

function makeNotice(overrides: Partial<NoticeDocument> = {}): NoticeDocument {
  return {
    kind: 'acceptance',
    issuerName: '济南市历下区行政审批服务局',
    documentNumber: '历审补字〔2018〕第 0001 号',
    caseNumber: '370102-20180305-000123',
    applicantName: '济南泉城科技发展有限公司',
    title: '企业开办',
    itemNames: ['设立登记', '公章刻制'],
    receivedOn: '2018-03-05',
    issuedOn: '2018-03-06',
    materials: [],
    reasons: [],
    deferred: [],
    promise: null,
    consultationPhone: '0531-86012345',
    note: null,
    ...overrides,
  };
}

const materials = [
  { name: '公司章程', problem: '未由全体股东签字' },
  { name: '住所使用证明', problem: '房屋租赁合同已过期，请提供有效期内的合同' },
  { name: '法定代表人身份证明', problem: '缺少' },
];
const notices: Record<NoticeKind, NoticeDocument> = {
  correction: makeNotice({ kind: 'correction', materials, note: '本告知书一式两份。' }),
  refusal: makeNotice({
    kind: 'refusal',
    reasons: ['申请事项不属于本机关职权范围，请向济南市市场监督管理局提出申请', '申请人不具备申请资格'],
  }),
  deferred_acceptance: makeNotice({
    kind: 'deferred_acceptance',
    deferred: [
      { name: '房屋租赁合同', supplyBy: '2018-03-20' },
      { name: '消防验收意见书', supplyBy: '2018-04-05' },
    ],
    promise: '本单位承诺在规定期限内补齐上述材料，如未按期补齐，自愿承担办件终止的后果',
  }),
  acceptance: makeNotice({ kind: 'acceptance', reasons: ['办理结果可选择邮寄送达'] }),
};

const row = (...cells: string[]) => cells.join(NOTICE_CELL_SEPARATOR);

describe('noticeLines', () => {
  it('heads every notice with the issuer, its heading and number, and signs it with the issuer and date', () => {
    for (const [kind, notice] of Object.entries(notices)) {
      const lines = noticeLines(notice);
      expect(lines.slice(0, 4)).toEqual([
        '济南市历下区行政审批服务局',
        NOTICE_HEADINGS[kind as NoticeKind],
        '历审补字〔2018〕第 0001 号',
        '济南泉城科技发展有限公司：',
      ]);
      expect(lines.slice(-3)).toEqual(['济南市历下区行政审批服务局', '（印章）', '2018年3月6日']);
      expect(lines).toContain('咨询电话：0531-86012345');
    }
  });

  it('lists every material to correct with what is wrong with it, all at once', () => {
    const lines = noticeLines(notices.correction);
    expect(lines[4]).toBe(
      '你（单位）于2018年3月5日提出的企业开办（设立登记、公章刻制）申请（办件编号：370102-20180305-000123），' +
        '经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，' +
        '现一次性告知你需要补正的全部内容如下：',
    );
    const table = [
      row('序号', '材料名称', '需补正内容'),
      ...materials.map((material, i) => row(String(i + 1), material.name, material.problem)),
    ];
    expect(lines.slice(5, 9)).toEqual(table);
    expect(lines).toContain('请你（单位）补正全部材料后重新提交。补正期间不计入办理时限。');
    expect(lines).toContain('备注：本告知书一式两份。');
  });

  it('refuses to write a correction notice with nothing to correct', () => {
    expect(() => noticeLines(makeNotice({ kind: 'correction' }))).toThrow(/必须列明需要补正的材料/);
  });

  it('numbers the reasons for a refusal and says how to appeal', () => {
    const lines = noticeLines(notices.refusal);
    expect(lines).toContain('1. 申请事项不属于本机关职权范围，请向济南市市场监督管理局提出申请');
    expect(lines).toContain('2. 申请人不具备申请资格');
    expect(lines).toContain(APPEAL_SENTENCE);
    expect(APPEAL_SENTENCE).toMatch(/六十日内依法申请行政复议，或者六个月内依法提起行政诉讼/);
    expect(() => noticeLines(makeNotice({ kind: 'refusal' }))).toThrow(/必须载明理由/);
  });

  it('lists deferred materials with their supply dates, quotes the promise and warns that the case ends', () => {
    const lines = noticeLines(notices.deferred_acceptance);
    expect(lines).toEqual(
      expect.arrayContaining([
        row('序号', '容缺材料名称', '补齐期限'),
        row('1', '房屋租赁合同', '2018年3月20日前'),
        row('2', '消防验收意见书', '2018年4月5日前'),
        '承诺内容：“本单位承诺在规定期限内补齐上述材料，如未按期补齐，自愿承担办件终止的后果”',
      ]),
    );
    expect(lines.some((line) => line.startsWith('逾期未补齐上述材料的') && line.includes('办件终止'))).toBe(true);
    expect(noticeLines({ ...notices.deferred_acceptance, promise: null }).join('')).not.toContain('承诺内容');
    expect(() => noticeLines(makeNotice({ kind: 'deferred_acceptance' }))).toThrow(/必须列明容缺材料/);
  });

  it('prints the promised due day, and says 预计 when it depends on a year whose notice is not entered', () => {
    const due = { limitDays: 45, dueOn: '2027-03-08', provisional: true };
    const provisional = noticeLines({ ...notices.deferred_acceptance, due }).join('');
    expect(provisional).toContain('本申请承诺在 45 个工作日内办结，办结期限预计至2027年3月8日');
    expect(provisional).toContain('按《全国年节及纪念日放假办法》预计');
    const official = noticeLines({ ...notices.deferred_acceptance, due: { ...due, provisional: false } }).join('');
    expect(official).toContain('办结期限至2027年3月8日。');
    expect(official).not.toContain('预计');
    expect(noticeLines(notices.deferred_acceptance).join('')).not.toContain('办结期限');
  });

  it('draws the 预计 due day on the PDF itself', async () => {
    const notice = { ...notices.deferred_acceptance, due: { limitDays: 45, dueOn: '2027-03-08', provisional: true } };
    const drawn = withoutSpaces(drawnText(await renderNoticePdf(notice, { compress: false, font })));
    expect(drawn).toContain('办结期限预计至2027年3月8日');
  });

  it('a notice of 模拟环境 carries the mark “模拟” on its page; a real one does not', async () => {
    const simulated = withoutSpaces(
      drawnText(await renderNoticePdf(notices.acceptance, { compress: false, font, simulated: true })),
    );
    expect(simulated).toContain('模拟环境生成，非真实文书');
    expect(simulated).toContain('模拟');
    const real = withoutSpaces(drawnText(await renderNoticePdf(notices.acceptance, { compress: false, font })));
    expect(real).not.toContain('模拟');
  });

  it('accepts under article 32 (5) and adds notes only when there are some', () => {
    const lines = noticeLines(notices.acceptance);
    expect(lines.some((line) => line.includes('第三十二条第一款第（五）项的规定，本机关决定予以受理。'))).toBe(true);
    expect(lines).toEqual(expect.arrayContaining(['其他事项：', '1. 办理结果可选择邮寄送达']));
    expect(noticeLines({ ...notices.acceptance, reasons: [] })).not.toContain('其他事项：');
  });

  it('leaves out the date received, the case number, the phone and the note when they are unknown', () => {
    const notice = makeNotice({ receivedOn: null, caseNumber: null, itemNames: ['企业开办'], consultationPhone: null });
    const lines = noticeLines(notice);
    expect(lines[4]).toMatch(/^你（单位）提出的企业开办申请，经审查/);
    expect(lines.join('\n')).not.toMatch(/办件编号|咨询电话|备注/);
  });
});

/** The text the PDF draws, in drawing order, read back through the font subset's ToUnicode map. */
function drawnText(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const unicode = new Map<number, string>();
  for (const range of text.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
    const entries = [...range[2]!.matchAll(/<([0-9a-f ]+)>/g)];
    for (const [i, entry] of entries.entries()) {
      const units = entry[1]!.split(' ').map((hex) => parseInt(hex, 16));
      unicode.set(parseInt(range[1]!, 16) + i, String.fromCharCode(...units));
    }
  }
  let drawn = '';
  for (const show of text.matchAll(/\[([^\]]*)\] TJ/g)) {
    for (const run of show[1]!.matchAll(/<([0-9a-f]+)>/g)) {
      for (const code of run[1]!.match(/.{4}/g) ?? []) drawn += unicode.get(parseInt(code, 16)) ?? '\uFFFD';
    }
  }
  return drawn;
}

const withoutSpaces = (text: string) => text.replace(/[\s\u3000]/g, '');
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

describe('renderNoticePdf', () => {
  const rendered = new Map<NoticeKind, Buffer>();
  beforeAll(async () => {
    for (const [kind, notice] of Object.entries(notices)) {
      rendered.set(kind as NoticeKind, await renderNoticePdf(notice, { compress: false, font }));
    }
  });

  it.each(Object.keys(notices) as NoticeKind[])('draws exactly the lines of a %s notice on one A4 page', (kind) => {
    const pdf = rendered.get(kind)!;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    // Only the glyphs used are embedded, not the 20 MB font.
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+/);
    expect(pdf.length).toBeLessThan(300_000);
    expect(withoutSpaces(drawnText(pdf))).toBe(withoutSpaces(noticeLines(notices[kind]).join('')));
  });

  it('continues a long correction list over several numbered pages, every row whole', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      name: `材料${i + 1}`,
      problem: '复印件不清晰，请提供原件扫描件'.repeat(1 + (i % 3)),
    }));
    const pdf = await renderNoticePdf(makeNotice({ kind: 'correction', materials: many }), { compress: false, font });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const drawn = withoutSpaces(drawnText(pdf));
    for (const line of noticeLines(makeNotice({ kind: 'correction', materials: many }))) {
      expect(drawn).toContain(withoutSpaces(line));
    }
    for (let page = 1; page <= pages; page++) expect(drawn).toContain(`—${page}—`);
    // The header row is repeated at the top of every page the table continues on.
    expect(drawn.split('序号材料名称需补正内容')).toHaveLength(pages + 1);
  });

  it('renders the same bytes for the same notice, dated the day it was issued', async () => {
    const [first, second] = await Promise.all([
      renderNoticePdf(notices.refusal, { font }),
      renderNoticePdf(notices.refusal, { font }),
    ]);
    expect(first.equals(second)).toBe(true);
    expect(first.length).toBeLessThan(rendered.get('refusal')!.length);
    expect(rendered.get('refusal')!.toString('latin1')).toContain('(D:20180305160000Z)');
  });
});
