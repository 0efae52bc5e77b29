import { drawSimulatedMark } from '../../platform/simulated-mark';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { requireCjkFont, type CjkFont } from './certificates.fonts';
import { embedPayload } from './certificates.pdf-payload';
import { addFileSignaturePlaceholder, signPdfFile } from './certificates.pdf-signature';
import { drawSealOnPdf, SEAL_RED } from './certificates.seal-picture';

export type CertificatePdfField = { label: string; value: string };

export type CertificatePdfInput = {
  /** 模拟环境: the page carries the mark “模拟”. */
  simulated?: boolean;
  /** e.g. 营业执照 */
  title: string;
  identifier: string;
  holderName: string;
  issuerName: string;
  /**
   * The China date (UTC+8) of issuance, YYYY-MM-DD, printed as the issue date; also the PDF's
   * creation date, so the same certificate always renders the same page.
   */
  issuedOn: string;
  validFrom: string;
  /** null: valid indefinitely (长期). */
  validTo: string | null;
  fields: CertificatePdfField[];
  verifyUrl: string;
  /** 加注件: a copy restricted to one use, e.g. '仅供办理…使用，有效期至…'. */
  annotation?: { text: string } | null;
  sealOwnerName: string;
  payloadJson: string;
  /** Defaults to the first CJK font found on this machine. */
  font?: CjkFont;
  /** The platform's seal signing the finished file (certificates.pdf-signature.ts); unsigned without it. */
  fileSignature?: { sealId: string; signedAt: Date; sign: (signedBytes: Buffer) => string };
};

export const CERTIFICATE_FOOTER = '本电子证照由山东省政务服务平台签发，可扫描二维码或访问核验页面验证真伪';

const FONT = 'cjk';
const PAGE = { width: 595.28, height: 841.89 };
const CONTENT = { left: 64, right: 531.28 };
const COLOURS = {
  ink: '#1f1f1f',
  muted: '#6b6b6b',
  frame: '#a8894f',
  label: '#5a4a2f',
  band: '#f7f2e8',
  rule: '#d6c7a5',
};
const TABLE = { top: 252, bottom: 596, labelWidth: 118, padX: 12 };

/** The certificate as a one-page A4 PDF carrying `payloadJson` for later verification. */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const font = input.font ?? requireCjkFont();
  const issuedAt = new Date(`${input.issuedOn}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${input.title}（${input.identifier}）`,
      Author: input.issuerName,
      Subject: `${input.title} · ${input.holderName}`,
      Keywords: input.identifier,
      Creator: '山东省政务服务平台',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const finished = collectPdf(doc);
  doc.registerFont(FONT, readFontFile(font.path), font.family);
  doc.font(FONT);

  drawFrame(doc);
  drawHeader(doc, input);
  drawQrCode(doc, { text: input.verifyUrl, x: CONTENT.right - 88, y: 56, size: 88 });
  drawTitle(doc, input.title);
  drawFieldTable(doc, tableRows(input));
  if (input.annotation) drawAnnotation(doc, input.annotation.text);
  drawIssuer(doc, input);
  drawFooter(doc, input);
  embedPayload(doc, input.payloadJson);
  if (input.fileSignature) addFileSignaturePlaceholder(doc, input.fileSignature);
  if (input.simulated) drawSimulatedMark(doc, PAGE.width);
  doc.end();
  return input.fileSignature ? signPdfFile(await finished, input.fileSignature.sign) : finished;
}

const fontFiles = new Map<string, Buffer>();

/**
 * Font files stay in memory once read: a CJK collection is ~20 MB, and reading it again for every
 * certificate more than doubles the time one takes to render.
 */
function readFontFile(path: string): Buffer {
  let bytes = fontFiles.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    fontFiles.set(path, bytes);
  }
  return bytes;
}

/** Resolves with the whole file once pdfkit has written it; attach before `doc.end()`. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** '2024-05-06' → '2024年5月6日'; anything else is printed as given. */
export function formatChineseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

function tableRows(input: CertificatePdfInput): CertificatePdfField[] {
  const validity = `${formatChineseDate(input.validFrom)} 至 ${input.validTo ? formatChineseDate(input.validTo) : '长期'}`;
  return [{ label: '持证主体', value: input.holderName }, ...input.fields, { label: '有效期限', value: validity }];
}

function drawFrame(doc: PDFKit.PDFDocument) {
  doc.save().strokeColor(COLOURS.frame);
  doc
    .lineWidth(1.6)
    .rect(24, 24, PAGE.width - 48, PAGE.height - 48)
    .stroke();
  doc
    .lineWidth(0.5)
    .rect(30, 30, PAGE.width - 60, PAGE.height - 60)
    .stroke();
  doc.restore();
}

function drawHeader(doc: PDFKit.PDFDocument, input: CertificatePdfInput) {
  doc
    .fillColor(COLOURS.muted)
    .fontSize(10)
    .text('山东省政务服务平台 · 电子证照', CONTENT.left, 62, { lineBreak: false });
  doc.fontSize(9).text('证照编号', CONTENT.left, 86, { lineBreak: false });
  doc.fillColor(COLOURS.ink).fontSize(11).text(input.identifier, CONTENT.left, 100, { width: 300 });
}

/** Vector modules rather than an image: sharp at any zoom and a few kilobytes. */
function drawQrCode(doc: PDFKit.PDFDocument, qr: { text: string; x: number; y: number; size: number }) {
  const { modules } = QRCode.create(qr.text, { errorCorrectionLevel: 'M' });
  const cell = qr.size / modules.size;
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let run = 1;
      while (col + run < modules.size && modules.get(row, col + run)) run++;
      doc.rect(qr.x + col * cell, qr.y + row * cell, run * cell, cell);
      col += run - 1;
    }
  }
  doc.fill().restore();
  doc.fillColor(COLOURS.muted).fontSize(8);
  doc.text('扫码核验', qr.x, qr.y + qr.size + 4, { width: qr.size, align: 'center', lineBreak: false });
}

function drawTitle(doc: PDFKit.PDFDocument, title: string) {
  const count = [...title].length;
  const fontSize = count <= 8 ? 34 : Math.max(22, 272 / count);
  // Short titles are spaced out, as printed licences are; the last character's spacing is taken back to stay centred.
  const spacing = Math.max(0, Math.min(18, (300 - count * fontSize) / count));
  doc.save().fillColor(COLOURS.ink).strokeColor(COLOURS.ink).lineWidth(0.7).fontSize(fontSize);
  const width = doc.widthOfString(title, { characterSpacing: spacing }) - spacing;
  doc.text(title, (PAGE.width - width) / 2, 160, {
    characterSpacing: spacing,
    lineBreak: false,
    fill: true,
    stroke: true,
  });
  doc.restore();
  const ruleY = 160 + fontSize * 1.5 + 10;
  doc.save().strokeColor(COLOURS.frame).lineWidth(0.8);
  doc
    .moveTo(PAGE.width / 2 - 120, ruleY)
    .lineTo(PAGE.width / 2 + 120, ruleY)
    .stroke();
  doc.restore();
}

/** Shrinks the type until the rows fit between the title and the issuer; overlong values end in an ellipsis. */
function drawFieldTable(doc: PDFKit.PDFDocument, rows: CertificatePdfField[]) {
  const widths = {
    label: TABLE.labelWidth - 2 * TABLE.padX,
    value: CONTENT.right - CONTENT.left - TABLE.labelWidth - 2 * TABLE.padX,
  };
  const available = TABLE.bottom - TABLE.top;
  const padY = (fontSize: number) => fontSize * 0.75;
  const measure = (fontSize: number) =>
    rows.map((row) => {
      doc.fontSize(fontSize);
      const label = doc.heightOfString(row.label, { width: widths.label, lineGap: 3 });
      const value = doc.heightOfString(row.value, { width: widths.value, lineGap: 3 });
      return Math.max(label, value) + 2 * padY(fontSize);
    });
  let fontSize = 12;
  while (fontSize > 9 && sum(measure(fontSize)) > available) fontSize--;
  const heights = fitRowHeights(measure(fontSize), available);
  let y = TABLE.top;
  for (const [i, row] of rows.entries()) {
    const cell = { y: y + padY(fontSize), height: heights[i]! - 2 * padY(fontSize) };
    doc.save().fillColor(COLOURS.band).rect(CONTENT.left, y, TABLE.labelWidth, heights[i]!).fill().restore();
    doc.fontSize(fontSize).fillColor(COLOURS.label);
    doc.text(row.label, CONTENT.left + TABLE.padX, cell.y, {
      ...cell,
      width: widths.label,
      align: 'center',
      lineGap: 3,
      ellipsis: true,
    });
    doc.fillColor(COLOURS.ink);
    doc.text(row.value, CONTENT.left + TABLE.labelWidth + TABLE.padX, cell.y, {
      ...cell,
      width: widths.value,
      lineGap: 3,
      ellipsis: true,
    });
    if (i > 0) drawRule(doc, { y, from: CONTENT.left, to: CONTENT.right });
    y += heights[i]!;
  }
  drawTableFrame(doc, { top: TABLE.top, bottom: y });
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Short rows keep their height; the long ones share what is left equally. */
function fitRowHeights(heights: number[], available: number): number[] {
  if (sum(heights) <= available) return heights;
  const ascending = [...heights].sort((a, b) => a - b);
  let remaining = available;
  let cap = available / heights.length;
  for (const [i, height] of ascending.entries()) {
    cap = remaining / (ascending.length - i);
    if (height > cap) break;
    remaining -= height;
  }
  return heights.map((height) => Math.min(height, cap));
}

function drawRule(doc: PDFKit.PDFDocument, rule: { y: number; from: number; to: number }) {
  doc.save().strokeColor(COLOURS.rule).lineWidth(0.6).moveTo(rule.from, rule.y).lineTo(rule.to, rule.y).stroke();
  doc.restore();
}

function drawTableFrame(doc: PDFKit.PDFDocument, table: { top: number; bottom: number }) {
  doc.save().strokeColor(COLOURS.rule).lineWidth(0.6);
  doc.rect(CONTENT.left, table.top, CONTENT.right - CONTENT.left, table.bottom - table.top).stroke();
  doc
    .moveTo(CONTENT.left + TABLE.labelWidth, table.top)
    .lineTo(CONTENT.left + TABLE.labelWidth, table.bottom)
    .stroke();
  doc.restore();
}

function drawIssuer(doc: PDFKit.PDFDocument, input: CertificatePdfInput) {
  const box = { x: CONTENT.right - 300, width: 300 };
  doc.fillColor(COLOURS.ink).fontSize(14);
  // Long names of bureaus shrink to stay on one line above the date.
  const fontSize = Math.max(9, Math.min(14, (14 * box.width) / doc.widthOfString(input.issuerName)));
  const nameWidth = doc.fontSize(fontSize).widthOfString(input.issuerName);
  doc.text(input.issuerName, box.x, 640, { width: box.width, align: 'right', lineBreak: false });
  doc.fontSize(12).text(formatChineseDate(input.issuedOn), box.x, 664, {
    width: box.width,
    align: 'right',
    lineBreak: false,
  });
  // The seal covers the issuer's name and the date, as a stamp on paper does.
  const sealX = CONTENT.right - Math.min(nameWidth, box.width) / 2;
  drawSealOnPdf(doc, { x: sealX, y: 658, size: 122, ownerName: input.sealOwnerName, fontName: FONT });
  doc.font(FONT);
}

/** 加注件: the restriction runs across the page so no part of the copy can be cut away from it. */
function drawAnnotation(doc: PDFKit.PDFDocument, text: string) {
  doc.fillColor(SEAL_RED).fontSize(10);
  doc.text(`加注：${text}`, CONTENT.left, 724, { width: CONTENT.right - CONTENT.left, align: 'center' });
  doc.fontSize(Math.min(20, 430 / [...text].length));
  const width = doc.widthOfString(text);
  // Clear of the QR code, which must stay scannable.
  for (const centreY of [PAGE.height / 2 - 150, PAGE.height / 2 + 45, PAGE.height / 2 + 240]) {
    doc
      .save()
      .fillColor(SEAL_RED, 0.16)
      .rotate(-30, { origin: [PAGE.width / 2, centreY] });
    doc.text(text, (PAGE.width - width) / 2, centreY - doc.currentLineHeight() / 2, { lineBreak: false });
    doc.restore();
  }
}

function drawFooter(doc: PDFKit.PDFDocument, input: CertificatePdfInput) {
  const width = CONTENT.right - CONTENT.left;
  drawRule(doc, { y: 752, from: CONTENT.left, to: CONTENT.right });
  doc.fillColor(COLOURS.muted).fontSize(9).text(CERTIFICATE_FOOTER, CONTENT.left, 762, { width, align: 'center' });
  doc.fontSize(8).text(`证照编号 ${input.identifier} · 核验地址 ${input.verifyUrl}`, CONTENT.left, 778, {
    width,
    height: 24,
    ellipsis: true,
    align: 'center',
  });
}
