import { drawSimulatedMark } from '../../platform/simulated-mark';
import PDFDocument from 'pdfkit';
import { requireCjkFont, type CjkFont } from '../certificates/certificates.fonts';
import { collectPdf, formatChineseDate } from '../certificates/certificates.pdf';

/** A written notice (书面告知) handed to the applicant when a case is accepted, deferred, sent back or refused. */
export type NoticeDocument = {
  kind: NoticeKind;
  /** e.g. 济南市历下区行政审批服务局 */
  issuerName: string;
  /** document number shown top right, e.g. 历审补字〔2018〕第 0001 号 */
  documentNumber: string;
  caseNumber: string | null;
  applicantName: string;
  /** the case title, e.g. 企业开办 */
  title: string;
  itemNames: string[];
  /** ISO date */
  receivedOn: string | null;
  /** ISO date */
  issuedOn: string;
  /** correction: every missing or faulty material with what is wrong (一次性告知: ALL of them) */
  materials: { name: string; problem: string }[];
  /** refusal: the reasons; acceptance: optional notes */
  reasons: string[];
  /** deferred acceptance: materials to supply and by when, plus the applicant's promise text */
  deferred: { name: string; supplyBy: string }[];
  promise: string | null;
  consultationPhone: string | null;
  note: string | null;
  /**
   * deferred acceptance: the promised limit and its due day; `provisional` when the day depends on
   * a year whose holiday notice is not entered yet, printed as 预计. Absent on older notices.
   */
  due?: { limitDays: number; dueOn: string; provisional: boolean } | null;
};

export type NoticeKind = 'correction' | 'refusal' | 'deferred_acceptance' | 'acceptance';

export type RenderNoticeOptions = {
  /** 模拟环境: every page carries the mark “模拟”. */
  simulated?: boolean;
  /** Off in tests, so the drawn text can be read back from the file. */
  compress?: boolean;
  /** Defaults to the CJK font certificates are printed with. */
  font?: CjkFont;
};

export const NOTICE_HEADINGS: Record<NoticeKind, string> = {
  correction: '补正材料一次性告知书',
  refusal: '不予受理决定书',
  deferred_acceptance: '容缺受理通知书',
  acceptance: '受理通知书',
};

export const APPEAL_SENTENCE =
  '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。';

const LICENSING_LAW = '《中华人民共和国行政许可法》';

type TextBlock = {
  kind: 'issuer' | 'heading' | 'documentNumber' | 'salutation' | 'paragraph' | 'signature' | 'seal' | 'date';
  text: string;
};
type TableBlock = { kind: 'table'; columns: { title: string; width: number }[]; rows: string[][] };
type NoticeBlock = TextBlock | TableBlock;

/** Cells of a table row are joined with an ideographic space when the notice is read as lines. */
export const NOTICE_CELL_SEPARATOR = '\u3000';

/** The text of the notice, line by line, exactly as the PDF draws it (a table row is one line). */
export function noticeLines(notice: NoticeDocument): string[] {
  return noticeBlocks(notice).flatMap((block) =>
    block.kind === 'table'
      ? [block.columns.map((column) => column.title), ...block.rows].map((cells) => cells.join(NOTICE_CELL_SEPARATOR))
      : [block.text],
  );
}

function noticeBlocks(notice: NoticeDocument): NoticeBlock[] {
  return [
    { kind: 'issuer', text: notice.issuerName },
    { kind: 'heading', text: NOTICE_HEADINGS[notice.kind] },
    { kind: 'documentNumber', text: notice.documentNumber },
    { kind: 'salutation', text: `${notice.applicantName}：` },
    ...BODIES[notice.kind](notice),
    ...optionalParagraph('咨询电话', notice.consultationPhone),
    ...optionalParagraph('备注', notice.note),
    { kind: 'signature', text: notice.issuerName },
    { kind: 'seal', text: '（印章）' },
    { kind: 'date', text: formatChineseDate(notice.issuedOn) },
  ];
}

const BODIES: Record<NoticeKind, (notice: NoticeDocument) => NoticeBlock[]> = {
  correction: (notice) => {
    // 一次性告知: a notice that lists only some of the problems would send the applicant back twice.
    if (notice.materials.length === 0) throw new Error('补正材料一次性告知书必须列明需要补正的材料');
    return [
      paragraph(
        `${filedApplication(notice)}，经审查，申请材料不齐全或者不符合法定形式。根据${LICENSING_LAW}第三十二条第一款第（四）项的规定，现一次性告知你需要补正的全部内容如下：`,
      ),
      table(
        [
          ['材料名称', 150],
          ['需补正内容', 0],
        ],
        notice.materials.map((material) => [material.name, material.problem]),
      ),
      paragraph('请你（单位）补正全部材料后重新提交。补正期间不计入办理时限。'),
    ];
  },
  refusal: (notice) => {
    // The licensing law requires a refusal to give its reasons in writing.
    if (notice.reasons.length === 0) throw new Error('不予受理决定书必须载明理由');
    return [
      paragraph(`${filedApplication(notice)}，经审查，不符合受理条件，理由如下：`),
      ...numbered(notice.reasons),
      paragraph(`根据${LICENSING_LAW}第三十二条第一款的规定，本机关决定不予受理。`),
      paragraph(APPEAL_SENTENCE),
    ];
  },
  deferred_acceptance: (notice) => {
    if (notice.deferred.length === 0) throw new Error('容缺受理通知书必须列明容缺材料及补齐期限');
    return [
      paragraph(
        `${filedApplication(notice)}，经审查，主要申请材料齐全、符合法定形式，欠缺的次要材料你（单位）已承诺限期补齐。本机关决定予以容缺受理，请在下列期限内补齐以下材料：`,
      ),
      table(
        [
          ['容缺材料名称', 0],
          ['补齐期限', 150],
        ],
        notice.deferred.map((material) => [material.name, `${formatChineseDate(material.supplyBy)}前`]),
      ),
      ...(notice.promise === null ? [] : [paragraph(`承诺内容：“${notice.promise}”`)]),
      ...dueParagraph(notice.due),
      paragraph('逾期未补齐上述材料的，本机关将终止办理本申请（办件终止），你（单位）需重新提出申请。'),
    ];
  },
  acceptance: (notice) => [
    paragraph(
      `${filedApplication(notice)}，经审查，申请材料齐全、符合法定形式。根据${LICENSING_LAW}第三十二条第一款第（五）项的规定，本机关决定予以受理。`,
    ),
    ...(notice.caseNumber === null ? [] : [paragraph('你（单位）可凭办件编号查询办理进度。')]),
    ...(notice.reasons.length === 0 ? [] : [paragraph('其他事项：'), ...numbered(notice.reasons)]),
  ],
};

/** 你（单位）于2018年3月5日提出的企业开办（设立登记、公章刻制）申请（办件编号：…） */
function filedApplication(notice: NoticeDocument): string {
  const items = notice.itemNames.filter((name) => name !== notice.title);
  const subject = items.length === 0 ? notice.title : `${notice.title}（${items.join('、')}）`;
  const on = notice.receivedOn === null ? '' : `于${formatChineseDate(notice.receivedOn)}`;
  const number = notice.caseNumber === null ? '' : `（办件编号：${notice.caseNumber}）`;
  return `你（单位）${on}提出的${subject}申请${number}`;
}

/** The promised limit and due day; a provisional day says it is an estimate and what will settle it. */
function dueParagraph(due: NoticeDocument['due']): TextBlock[] {
  if (!due) return [];
  const day = formatChineseDate(due.dueOn);
  return [
    paragraph(
      due.provisional
        ? `本申请承诺在 ${due.limitDays} 个工作日内办结，办结期限预计至${day}（该年度节假日安排尚未公布，按《全国年节及纪念日放假办法》预计；公布后以重新计算的日期为准，届时另行告知）。`
        : `本申请承诺在 ${due.limitDays} 个工作日内办结，办结期限至${day}。`,
    ),
  ];
}

const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text });
const numbered = (texts: string[]) => texts.map((text, i) => paragraph(`${i + 1}. ${text}`));
const optionalParagraph = (label: string, value: string | null) =>
  value === null || value.trim() === '' ? [] : [paragraph(`${label}：${value}`)];

/** A numbered table; a column of width 0 takes what the others leave. */
function table(columns: [string, number][], rows: string[][]): TableBlock {
  return {
    kind: 'table',
    columns: [{ title: '序号', width: 44 }, ...columns.map(([title, width]) => ({ title, width }))],
    rows: rows.map((cells, i) => [String(i + 1), ...cells]),
  };
}

const FONT = 'cjk';
// GB/T 9704 page: 37 mm top, 28 mm left and a 156 mm wide text block.
const PAGE = { width: 595.28, height: 841.89, top: 105, bottom: 90, left: 79, right: 79 };
const BODY = { left: PAGE.left, width: PAGE.width - PAGE.left - PAGE.right, bottom: PAGE.height - PAGE.bottom };
const TYPE = { body: 14, lineGap: 7, table: 12, cellPad: 6 };
const COLOURS = { ink: '#1a1a1a', muted: '#8c8c8c', rule: '#404040', band: '#f0f0f0' };
/** Issuer, seal and date stay on one page. */
const SIGNATURE_HEIGHT = 120;

/** The notice as an A4 PDF; the same notice always renders the same bytes. */
export async function renderNoticePdf(notice: NoticeDocument, options: RenderNoticeOptions = {}): Promise<Buffer> {
  const blocks = noticeBlocks(notice);
  const font = options.font ?? requireCjkFont();
  const issuedAt = new Date(`${notice.issuedOn}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    compress: options.compress ?? true,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${NOTICE_HEADINGS[notice.kind]}（${notice.documentNumber}）`,
      Author: notice.issuerName,
      Subject: `${notice.title} · ${notice.applicantName}`,
      Keywords: notice.caseNumber ?? notice.documentNumber,
      Creator: '山东省政务服务平台',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const finished = collectPdf(doc);
  doc.registerFont(FONT, font.path, font.family);
  doc.font(FONT).fillColor(COLOURS.ink);
  for (const block of blocks) drawBlock(doc, block);
  drawPageNumbers(doc);
  if (options.simulated) {
    const { start, count } = doc.bufferedPageRange();
    for (let page = start; page < start + count; page++) {
      doc.switchToPage(page);
      drawSimulatedMark(doc, PAGE.width);
    }
  }
  doc.end();
  return finished;
}

function drawBlock(doc: PDFKit.PDFDocument, block: NoticeBlock) {
  const at = { x: BODY.left, width: BODY.width };
  switch (block.kind) {
    case 'issuer':
      doc.fontSize(16).text(block.text, at.x, PAGE.top - 40, { width: at.width, align: 'center' });
      return;
    case 'heading':
      drawHeading(doc, block.text);
      return;
    case 'documentNumber':
      doc.fontSize(12).text(block.text, at.x, doc.y, { width: at.width, align: 'right' });
      doc.moveDown(1.2);
      return;
    case 'salutation':
      doc.fontSize(TYPE.body).text(block.text, at.x, doc.y, { width: at.width, lineGap: TYPE.lineGap });
      return;
    case 'paragraph':
      // Two characters of first-line indent, as printed Chinese documents have.
      doc.fontSize(TYPE.body).text(block.text, at.x, doc.y, {
        width: at.width,
        lineGap: TYPE.lineGap,
        indent: 2 * TYPE.body,
      });
      return;
    case 'table':
      drawTable(doc, block);
      return;
    case 'signature':
      if (doc.y + SIGNATURE_HEIGHT > BODY.bottom) doc.addPage();
      doc.y += 2 * TYPE.body;
      doc.fontSize(TYPE.body).text(block.text, at.x, doc.y, { width: at.width - TYPE.body, align: 'right' });
      return;
    case 'seal':
      drawSealPlaceholder(doc, block.text);
      return;
    case 'date':
      doc.fontSize(TYPE.body).text(block.text, at.x, doc.y, { width: at.width - TYPE.body, align: 'right' });
  }
}

function drawHeading(doc: PDFKit.PDFDocument, text: string) {
  const fontSize = 22;
  const spacing = [...text].length <= 7 ? 6 : 2;
  doc.fontSize(fontSize);
  // The last character's spacing is taken back so the heading stays centred.
  const width = doc.widthOfString(text, { characterSpacing: spacing }) - spacing;
  // The face has no bold weight; a thin outline thickens the heading as printed headings are.
  const top = doc.y + 14;
  doc.save().strokeColor(COLOURS.ink).lineWidth(0.6);
  doc.text(text, (PAGE.width - width) / 2, top, {
    characterSpacing: spacing,
    lineBreak: false,
    fill: true,
    stroke: true,
  });
  doc.restore();
  doc.x = BODY.left;
  doc.y = top + fontSize * 1.5 + 6;
}

/** Rows never split across pages; the header row is repeated on every page the table continues on. */
function drawTable(doc: PDFKit.PDFDocument, table: TableBlock) {
  const fixed = table.columns.reduce((total, column) => total + column.width, 0);
  const widths = table.columns.map((column) => column.width || BODY.width - fixed);
  const [header, ...rows] = [table.columns.map((column) => column.title), ...table.rows];
  doc.fontSize(TYPE.table);
  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * TYPE.cellPad }))) +
    2 * TYPE.cellPad;
  let y = doc.y + 6;
  const drawRow = (cells: string[], isHeader: boolean) => {
    const height = Math.min(rowHeight(cells), BODY.bottom - PAGE.top);
    let x = BODY.left;
    if (isHeader) doc.save().fillColor(COLOURS.band).rect(x, y, BODY.width, height).fill().restore();
    doc.save().strokeColor(COLOURS.rule).lineWidth(0.6);
    for (const [i, cell] of cells.entries()) {
      doc.rect(x, y, widths[i]!, height).stroke();
      doc.fillColor(COLOURS.ink).text(cell, x + TYPE.cellPad, y + TYPE.cellPad, {
        width: widths[i]! - 2 * TYPE.cellPad,
        height: height - 2 * TYPE.cellPad,
        align: isHeader || i === 0 ? 'center' : 'left',
        ellipsis: true,
      });
      x += widths[i]!;
    }
    doc.restore();
    y += height;
  };
  drawRow(header!, true);
  for (const row of rows) {
    if (y + rowHeight(row) > BODY.bottom) {
      doc.addPage().fontSize(TYPE.table);
      y = PAGE.top;
      drawRow(header!, true);
    }
    drawRow(row, false);
  }
  doc.x = BODY.left;
  doc.y = y + 14;
}

/** Where the issuer's seal is stamped: over the right end of its name and the date, as on paper. */
function drawSealPlaceholder(doc: PDFKit.PDFDocument, label: string) {
  const centre = { x: BODY.left + BODY.width - TYPE.body - 84, y: doc.y + 4 };
  doc.save().strokeColor(COLOURS.muted).lineWidth(0.6).dash(3, { space: 3 }).circle(centre.x, centre.y, 44).stroke();
  doc.undash().restore();
  doc
    .fontSize(10)
    .fillColor(COLOURS.muted)
    .text(label, centre.x - 40, centre.y - 6, {
      width: 80,
      align: 'center',
      lineBreak: false,
    });
  doc.fillColor(COLOURS.ink);
  doc.x = BODY.left;
  doc.y = centre.y + 14;
}

/** — 1 — at the foot of each page (GB/T 9704), only when the notice runs to more than one page. */
function drawPageNumbers(doc: PDFKit.PDFDocument) {
  const { start, count } = doc.bufferedPageRange();
  if (count < 2) return;
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.fontSize(12).fillColor(COLOURS.ink);
    doc.text(`— ${page - start + 1} —`, BODY.left, PAGE.height - 60, {
      width: BODY.width,
      align: 'center',
      lineBreak: false,
    });
  }
}
