import type { Clock } from './clock';

/**
 * 模拟环境 says so on everything it hands out: every PDF (certificates, notices) carries this
 * mark on each page, so that a document printed in training or from the simulated 2018 is never
 * taken for a real one.
 */
export const SIMULATED_MARK = '模拟';
export const SIMULATED_NOTE = '模拟环境生成，非真实文书';

/** Whether the platform runs on simulated time (its clock says so). */
export function isSimulated(clock: Clock): boolean {
  return 'mode' in clock && (clock as { mode?: unknown }).mode === 'simulated';
}

/** Draws the mark in the page's top right corner (the font must already be registered and set). */
export function drawSimulatedMark(doc: PDFKit.PDFDocument, pageWidth: number): void {
  doc.save();
  doc.fillColor('#c62828').fillOpacity(0.85);
  doc.fontSize(26).text(SIMULATED_MARK, pageWidth - 110, 18, { width: 90, align: 'right', lineBreak: false });
  doc.fontSize(8).text(SIMULATED_NOTE, pageWidth - 190, 52, { width: 170, align: 'right', lineBreak: false });
  doc.restore();
}
