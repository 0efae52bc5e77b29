import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { drawSimulatedMark } from '../../platform/simulated-mark';
import { requireCjkFont, type CjkFont } from './certificates.fonts';
import { collectPdf, formatChineseDate } from './certificates.pdf';
import { addFileSignaturePlaceholder, signPdfFile } from './certificates.pdf-signature';
import { drawSealOnPdf, SEAL_RED } from './certificates.seal-picture';

/** A block of a sealed report: headings, paragraphs, simple horizontal bars, small tables. */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bars'; title: string; unit: string; rows: { label: string; value: number }[] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

export type SealedReportInput = {
  /** 模拟环境: every page carries the mark “模拟”. */
  simulated?: boolean;
  title: string;
  /** The document number under the title, e.g. 鲁一次办好通〔2018〕1号. */
  documentNumber: string | null;
  issuerName: string;
  /** China date printed above the seal; also the PDF's creation date, so a report renders the same file again. */
  issuedOn: string;
  blocks: ReportBlock[];
  sealOwnerName: string;
  font?: CjkFont;
  fileSignature?: { sealId: string; signedAt: Date; sign: (signedBytes: Buffer) => string };
};

const FONT = 'cjk';
const PAGE = { width: 595.28, height: 841.89 };
const LEFT = 64;
const RIGHT = 531.28;
const WIDTH = RIGHT - LEFT;
const BOTTOM = 770;
const INK = '#1f1f1f';
const BAR = '#1f5fa8';

/**
 * A report (e.g. a supervision bulletin) as an A4 PDF over as many pages as it needs, closed by the
 * issuer's name, the date and the platform's seal, the file signed like a certificate's.
 */
export async function renderSealedReportPdf(input: SealedReportInput): Promise<Buffer> {
  const font = input.font ?? requireCjkFont();
  const issuedAt = new Date(`${input.issuedOn}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: PAGE.height - BOTTOM, left: LEFT, right: PAGE.width - RIGHT },
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: input.title,
      Author: input.issuerName,
      Creator: '山东省政务服务平台',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const finished = collectPdf(doc);
  doc.registerFont(FONT, readFileSync(font.path), font.family);
  doc.font(FONT).fillColor(INK);
  if (input.simulated) {
    drawSimulatedMark(doc, PAGE.width);
    doc.on('pageAdded', () => {
      const { x, y } = doc;
      drawSimulatedMark(doc, PAGE.width);
      doc.font(FONT).fillColor(INK);
      doc.x = x;
      doc.y = y;
    });
  }

  doc.fillColor(SEAL_RED).fontSize(22).text(input.title, LEFT, 72, { width: WIDTH, align: 'center' });
  if (input.documentNumber)
    doc.fillColor(INK).fontSize(11).text(input.documentNumber, { width: WIDTH, align: 'center' });
  doc.moveDown(0.4);
  doc.save().strokeColor(SEAL_RED).lineWidth(1.5).moveTo(LEFT, doc.y).lineTo(RIGHT, doc.y).stroke().restore();
  doc.moveDown(0.8);

  for (const block of input.blocks) drawBlock(doc, block);
  drawClosing(doc, input);
  if (input.fileSignature) addFileSignaturePlaceholder(doc, input.fileSignature);
  doc.end();
  return input.fileSignature ? signPdfFile(await finished, input.fileSignature.sign) : finished;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function drawBlock(doc: PDFKit.PDFDocument, block: ReportBlock) {
  doc.fillColor(INK);
  if (block.kind === 'heading') {
    ensureSpace(doc, 40);
    doc.moveDown(0.4).fontSize(14).text(block.text, LEFT, doc.y, { width: WIDTH });
    doc.moveDown(0.3);
  } else if (block.kind === 'paragraph') {
    doc.fontSize(11).text(block.text, LEFT, doc.y, { width: WIDTH, lineGap: 3, indent: 22 });
    doc.moveDown(0.3);
  } else if (block.kind === 'bars') {
    drawBars(doc, block);
  } else {
    drawTable(doc, block);
  }
}

/** Horizontal bars scaled to the largest value, the value printed after each bar. */
function drawBars(doc: PDFKit.PDFDocument, block: Extract<ReportBlock, { kind: 'bars' }>) {
  const rowHeight = 16;
  ensureSpace(doc, 24 + Math.min(block.rows.length, 4) * rowHeight);
  doc.fontSize(10).fillColor('#555555').text(block.title, LEFT, doc.y, { width: WIDTH });
  doc.moveDown(0.2);
  if (block.rows.length === 0) {
    doc.fontSize(10).text('（本期无数据）', LEFT, doc.y);
    doc.moveDown(0.5);
    return;
  }
  const max = Math.max(...block.rows.map((r) => r.value), 1);
  const labelWidth = 150;
  const barSpace = WIDTH - labelWidth - 60;
  for (const row of block.rows) {
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    doc
      .fillColor(INK)
      .fontSize(9)
      .text(row.label, LEFT, y + 2, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
    const length = Math.max(1, (row.value / max) * barSpace);
    doc
      .save()
      .rect(LEFT + labelWidth, y + 2, length, rowHeight - 5)
      .fill(BAR)
      .restore();
    doc
      .fillColor(INK)
      .text(`${formatValue(row.value)}${block.unit}`, LEFT + labelWidth + length + 4, y + 2, { lineBreak: false });
    doc.x = LEFT;
    doc.y = y + rowHeight;
  }
  doc.moveDown(0.5);
}

function drawTable(doc: PDFKit.PDFDocument, block: Extract<ReportBlock, { kind: 'table' }>) {
  const widths = columnWidths(block.columns.length);
  const line = (cells: string[], header: boolean) => {
    doc.fontSize(9);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
    ensureSpace(doc, height);
    const y = doc.y;
    if (header) doc.save().rect(LEFT, y, WIDTH, height).fill('#eef2f7').restore();
    let x = LEFT;
    for (const [i, cell] of cells.entries()) {
      doc.fillColor(INK).text(cell, x + 3, y + 3, { width: widths[i]! - 6 });
      x += widths[i]!;
    }
    doc
      .save()
      .strokeColor('#c8d0da')
      .lineWidth(0.5)
      .moveTo(LEFT, y + height)
      .lineTo(RIGHT, y + height)
      .stroke()
      .restore();
    doc.x = LEFT;
    doc.y = y + height;
  };
  line(block.columns, true);
  for (const row of block.rows) line(row, false);
  doc.moveDown(0.6);
}

/** The first column takes what the others leave; the others share equally. */
function columnWidths(n: number): number[] {
  if (n <= 1) return [WIDTH];
  const other = Math.min(90, (WIDTH * 0.5) / (n - 1));
  return [WIDTH - other * (n - 1), ...Array<number>(n - 1).fill(other)];
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Issuer, date and seal stay together on the last page, as on paper. */
function drawClosing(doc: PDFKit.PDFDocument, input: SealedReportInput) {
  ensureSpace(doc, 130);
  const top = doc.y + 30;
  doc
    .fillColor(INK)
    .fontSize(13)
    .text(input.issuerName, RIGHT - 320, top, { width: 320, align: 'right', lineBreak: false });
  doc
    .fontSize(12)
    .text(formatChineseDate(input.issuedOn), RIGHT - 320, top + 22, { width: 320, align: 'right', lineBreak: false });
  const nameWidth = Math.min(doc.fontSize(13).widthOfString(input.issuerName), 320);
  drawSealOnPdf(doc, {
    x: RIGHT - nameWidth / 2,
    y: top + 18,
    size: 112,
    ownerName: input.sealOwnerName,
    fontName: FONT,
  });
  doc.font(FONT);
}
