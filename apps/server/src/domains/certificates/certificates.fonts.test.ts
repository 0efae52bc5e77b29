import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findCjkFont, MISSING_CJK_FONT_MESSAGE, requireCjkFont } from './certificates.fonts';
import { collectPdf } from './certificates.pdf';

describe('findCjkFont', () => {
  // Fails with the install hint on a machine without fonts-noto-cjk: certificates cannot be printed there.
  const font = requireCjkFont();

  it('finds a CJK font on this machine that pdfkit can print Chinese with', async () => {
    expect(existsSync(font.path)).toBe(true);
    const doc = new PDFDocument();
    const pdf = collectPdf(doc);
    doc.registerFont('cjk', font.path, font.family);
    doc.font('cjk').text('营业执照 山东省');
    doc.end();
    expect((await pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names the Simplified Chinese regular face of a font collection (fonts-noto-cjk)', () => {
    const collection = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
    expect(findCjkFont({ path: collection })).toEqual({ path: collection, family: 'NotoSansCJKsc-Regular' });
  });

  it('uses an explicitly configured font file and refuses one that does not exist', () => {
    expect(findCjkFont({ path: font.path })).toEqual(font);
    expect(() => findCjkFont({ path: '/nonexistent/font.ttf' })).toThrow(/not found: \/nonexistent\/font\.ttf/);
  });

  it('returns null when no font is installed, and requireCjkFont says which package to install', () => {
    const searchPaths = ['/nonexistent/NotoSansCJK-Regular.ttc'];
    expect(findCjkFont({ searchPaths })).toBeNull();
    expect(() => requireCjkFont({ searchPaths })).toThrow(MISSING_CJK_FONT_MESSAGE);
    expect(MISSING_CJK_FONT_MESSAGE).toMatch(/请安装 fonts-noto-cjk.*install fonts-noto-cjk/);
  });
});
