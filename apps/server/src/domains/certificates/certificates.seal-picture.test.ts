import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { requireCjkFont } from './certificates.fonts';
import { collectPdf } from './certificates.pdf';
import { drawSealOnPdf, drawSealSvg, layoutSeal, SEAL_RED, type SealGlyph } from './certificates.seal-picture';

const SHORT_NAME = '山东大学';
const LONG_NAME = '济南市历下区行政审批服务局电子证照专用章';

const distanceFromCentre = (g: SealGlyph) => Math.hypot(g.x - 100, g.y - 100);

describe('drawSealSvg', () => {
  const svg = drawSealSvg({ ownerName: '济南市行政审批服务局', label: '行政审批专用章', code: '3701020012345' });

  it('draws a red ring and a five-pointed star in a 200 × 200 box', () => {
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 200 200"/);
    expect(svg).toMatch(new RegExp(`<circle cx="100" cy="100" r="93" fill="none" stroke="${SEAL_RED}"`));
    const star = /<path d="M([^"]+)Z"\/>/.exec(svg)?.[1];
    expect(star?.split('L')).toHaveLength(10);
  });

  it('writes every character of the name, the label and the code', () => {
    for (const character of '济南市行政审批服务局3701020012345') expect(svg).toContain(`>${character}</text>`);
    expect(svg).toContain('>行政审批专用章</text>');
    expect(svg).toContain("font-family=\"'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif\"");
  });

  it('escapes markup in names', () => {
    expect(drawSealSvg({ ownerName: '山东<&>公司' })).toContain('>&lt;</text>');
  });
});

describe('layoutSeal', () => {
  it.each([SHORT_NAME, LONG_NAME])(
    'spaces the characters of %s evenly along the upper arc, inside the ring',
    (name) => {
      const { glyphs, ring } = layoutSeal({ ownerName: name });
      expect(glyphs.map((g) => g.text).join('')).toBe(name);
      const steps = glyphs.slice(1).map((g, i) => g.rotate - glyphs[i]!.rotate);
      for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 1);
      const sweep = glyphs.at(-1)!.rotate - glyphs[0]!.rotate + steps[0]!;
      expect(sweep).toBeLessThanOrEqual(210.1);
      for (const g of glyphs) expect(distanceFromCentre(g) + g.fontSize / 2).toBeLessThan(ring.r - ring.width / 2);
    },
  );

  it('prints short names large and long names smaller and narrower', () => {
    const short = layoutSeal({ ownerName: SHORT_NAME }).glyphs[0]!;
    const long = layoutSeal({ ownerName: LONG_NAME }).glyphs[0]!;
    expect(short.fontSize).toBeGreaterThan(long.fontSize * 1.4);
    expect(long.scaleX).toBeLessThan(1);
    expect(layoutSeal({ ownerName: '山'.repeat(24) }).glyphs[0]!.fontSize).toBeGreaterThanOrEqual(9);
  });

  it('puts the label under the star and the code along the bottom, read left to right', () => {
    const { glyphs } = layoutSeal({ ownerName: SHORT_NAME, label: '电子印章', code: '0123' });
    const label = glyphs.find((g) => g.text === '电子印章')!;
    expect(label).toMatchObject({ x: 100, rotate: 0 });
    expect(label.y).toBeGreaterThan(130);
    const code = glyphs.slice(-4);
    expect(code.map((g) => g.text).join('')).toBe('0123');
    expect(code.every((g) => g.y > 170)).toBe(true);
    expect(code.map((g) => g.x)).toEqual([...code.map((g) => g.x)].sort((a, b) => a - b));
  });
});

describe('drawSealOnPdf', () => {
  it('stamps the seal on a pdfkit page in translucent red', async () => {
    const font = requireCjkFont();
    const doc = new PDFDocument({ size: 'A4' });
    const pdf = collectPdf(doc);
    doc.registerFont('cjk', font.path, font.family);
    drawSealOnPdf(doc, { x: 300, y: 400, size: 120, ownerName: LONG_NAME, fontName: 'cjk' });
    doc.end();
    const text = (await pdf).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('/ca 0.85');
    expect(text).toContain('/CA 0.85');
  });
});
