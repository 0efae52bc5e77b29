import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Clock } from '../../platform/clock';
import { signSm2 } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/database';
import { drawSimulatedMark, isSimulated } from '../../platform/simulated-mark';
import { requireCjkFont, type CjkFont } from './certificates.fonts';
import { collectPdf } from './certificates.pdf';
import { addFileSignaturePlaceholder, signPdfFile } from './certificates.pdf-signature';
import { drawSealOnPdf } from './certificates.seal-picture';
import type { SealService } from './certificates.seals';
import type { Issuer } from './certificates.service';

export const REPORT_FONT = 'cjk';
export const REPORT_PAGE = { width: 595.28, height: 841.89 };

export type ReportDrawing = {
  /** The registered CJK font's name; set it again after changing fonts. */
  fontName: string;
  /** Stamps the platform's seal picture centred at (x, y) on the current page. */
  stampSeal(x: number, y: number, size?: number): void;
};

/**
 * A report (not a certificate) issued by the platform: an A4 PDF the caller draws, stamped with the
 * platform body's seal picture and signed over the whole file with the same seal's SM2 key, as the
 * certificates' files are (checked by `checkFileSignature`). Every page of a simulated platform's
 * report carries the 模拟 mark.
 */
export function createSealedReportRenderer(deps: {
  db: Db;
  clock: Clock;
  seals: Pick<SealService, 'signingSealFor'>;
  platformBody: Issuer;
  font?: CjkFont;
}) {
  return async function renderSealedReport(
    info: { title: string; subject: string },
    draw: (doc: PDFKit.PDFDocument, drawing: ReportDrawing) => void,
  ): Promise<Buffer> {
    const seal = await deps.db.transaction((tx) => deps.seals.signingSealFor(tx, deps.platformBody));
    const font = deps.font ?? requireCjkFont();
    const now = deps.clock.now();
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      lang: 'zh-CN',
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: info.title,
        Subject: info.subject,
        Author: deps.platformBody.name,
        Creator: '山东省政务服务平台',
        CreationDate: now,
        ModDate: now,
      },
    });
    const finished = collectPdf(doc);
    doc.registerFont(REPORT_FONT, readFileSync(font.path), font.family);
    doc.font(REPORT_FONT);
    draw(doc, {
      fontName: REPORT_FONT,
      stampSeal: (x, y, size = 110) => {
        drawSealOnPdf(doc, { x, y, size, ownerName: seal.ownerName, fontName: REPORT_FONT });
        doc.font(REPORT_FONT);
      },
    });
    if (isSimulated(deps.clock)) {
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        drawSimulatedMark(doc, REPORT_PAGE.width);
      }
    }
    addFileSignaturePlaceholder(doc, { sealId: seal.id, signedAt: now });
    doc.end();
    return signPdfFile(await finished, (bytes) =>
      signSm2({ privateKey: seal.privateKey, publicKey: seal.publicKey, message: bytes }),
    );
  };
}

export type SealedReportRenderer = ReturnType<typeof createSealedReportRenderer>;
