/**
 * The picture of an official seal (公章): a red ring, a five-pointed star, the body's name along
 * the upper arc, an optional line under the star and an optional code along the lower arc. One
 * layout in a 200 × 200 box feeds both the SVG for the web and the vector drawing in PDFs, so
 * the two always look alike.
 */
export const SEAL_RED = '#d40000';
/** Slightly transparent, so the text under a stamped seal shows through as it does on paper. */
export const SEAL_OPACITY = 0.85;
export const SEAL_FONT_FAMILIES = "'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";

export type SealPictureOptions = {
  ownerName: string;
  /** The horizontal line under the star, e.g. '电子印章' or '行政审批专用章'. */
  label?: string;
  /** Printed small along the lower arc, e.g. the seal serial or the body's USCC. */
  code?: string;
};

/** One piece of text placed at (x, y) (its visual centre), rotated clockwise by `rotate` degrees. */
export type SealGlyph = { text: string; x: number; y: number; rotate: number; fontSize: number; scaleX: number };

export type SealLayout = {
  ring: { cx: number; cy: number; r: number; width: number };
  star: [number, number][];
  glyphs: SealGlyph[];
};

const BOX = 200;
const CENTRE = BOX / 2;
const RING_RADIUS = 93;
const RING_WIDTH = 5.5;
/** Glyphs stay this far from the centre at most, leaving a thin gap inside the ring. */
const TEXT_OUTER_RADIUS = 86;
const STAR_RADIUS = 29;
const MAX_NAME_SWEEP_DEG = 210;
/** A CJK glyph's visual centre sits this far (in ems) above its alphabetic baseline. */
export const GLYPH_CENTRE_ABOVE_BASELINE = 0.38;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const round = (value: number) => Math.round(value * 100) / 100;

export function layoutSeal(options: SealPictureOptions): SealLayout {
  const glyphs = [...layoutName(options.ownerName)];
  if (options.label) glyphs.push(layoutLabel(options.label));
  if (options.code) glyphs.push(...layoutCode(options.code));
  return {
    ring: { cx: CENTRE, cy: CENTRE, r: RING_RADIUS, width: RING_WIDTH },
    star: starPoints(STAR_RADIUS),
    glyphs,
  };
}

/**
 * Names of 4 to 24 characters: short names spread over a narrower arc in large type; long ones
 * fill ~210° with narrower, still tall characters, as engraved seals do.
 */
function layoutName(name: string): SealGlyph[] {
  const characters = [...name.trim()];
  const count = characters.length;
  if (count === 0) return [];
  const sweep = Math.min(MAX_NAME_SWEEP_DEG, Math.max(140, count * 26));
  const step = toRadians(sweep / count);
  let fontSize = 30;
  // Two rounds settle the size: the arc available per character depends on the radius, which depends on the size.
  for (let pass = 0; pass < 2; pass++) {
    const slot = step * (TEXT_OUTER_RADIUS - fontSize / 2);
    fontSize = Math.min(32, Math.max(9, slot * 1.25));
  }
  const radius = TEXT_OUTER_RADIUS - fontSize / 2;
  const slot = step * radius;
  const scaleX = Math.min(1, (slot * 0.92) / fontSize);
  return characters.map((text, i) => {
    const angle = -sweep / 2 + (sweep / count) * (i + 0.5);
    return placeOnArc({ text, angle, radius, fontSize, scaleX, facing: 'outward' });
  });
}

function layoutLabel(label: string): SealGlyph {
  const count = [...label].length;
  const fontSize = Math.min(17, 118 / count);
  return {
    text: label,
    x: CENTRE,
    y: round(CENTRE + STAR_RADIUS + 16),
    rotate: 0,
    fontSize: round(fontSize),
    scaleX: 1,
  };
}

/** Read left to right along the bottom, characters upright towards the centre. */
function layoutCode(code: string): SealGlyph[] {
  const characters = [...code];
  const fontSize = characters.length > 20 ? 7.5 : 9;
  const radius = TEXT_OUTER_RADIUS - fontSize / 2;
  const stepDeg = ((fontSize * 0.62) / radius) * (180 / Math.PI);
  const sweep = stepDeg * characters.length;
  return characters.map((text, i) => {
    const angle = -sweep / 2 + stepDeg * (i + 0.5);
    return placeOnArc({ text, angle, radius, fontSize, scaleX: 1, facing: 'inward' });
  });
}

/** `angle` in degrees from the top (outward) or bottom (inward) of the circle, clockwise positive on top. */
function placeOnArc(glyph: {
  text: string;
  angle: number;
  radius: number;
  fontSize: number;
  scaleX: number;
  facing: 'outward' | 'inward';
}): SealGlyph {
  const theta = toRadians(glyph.angle);
  const isOutward = glyph.facing === 'outward';
  const x = CENTRE + glyph.radius * Math.sin(theta);
  const y = isOutward ? CENTRE - glyph.radius * Math.cos(theta) : CENTRE + glyph.radius * Math.cos(theta);
  return {
    text: glyph.text,
    x: round(x),
    y: round(y),
    rotate: round(isOutward ? glyph.angle : -glyph.angle),
    fontSize: round(glyph.fontSize),
    scaleX: round(glyph.scaleX),
  };
}

function starPoints(outer: number): [number, number][] {
  const inner = outer * 0.382;
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const theta = toRadians(i * 36);
    return [round(CENTRE + r * Math.sin(theta)), round(CENTRE - r * Math.cos(theta))];
  });
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** The seal as a standalone SVG document (viewBox 0 0 200 200). */
export function drawSealSvg(options: SealPictureOptions): string {
  const { ring, star, glyphs } = layoutSeal(options);
  const starPath = `M${star.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
  const texts = glyphs.map((g) => {
    const transform = `translate(${g.x} ${g.y}) rotate(${g.rotate})${g.scaleX === 1 ? '' : ` scale(${g.scaleX} 1)`}`;
    const baseline = round(g.fontSize * GLYPH_CENTRE_ABOVE_BASELINE);
    return `<text transform="${transform}" y="${baseline}" font-size="${g.fontSize}">${escapeXml(g.text)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${BOX} ${BOX}" width="${BOX}" height="${BOX}" role="img" aria-label="${escapeXml(options.ownerName)}">`,
    `<g fill="${SEAL_RED}" opacity="${SEAL_OPACITY}">`,
    `<circle cx="${ring.cx}" cy="${ring.cy}" r="${ring.r}" fill="none" stroke="${SEAL_RED}" stroke-width="${ring.width}"/>`,
    `<path d="${starPath}"/>`,
    `<g font-family="${SEAL_FONT_FAMILIES}" font-weight="700" text-anchor="middle">`,
    ...texts,
    '</g>',
    '</g>',
    '</svg>',
  ].join('\n');
}

export type SealOnPdfOptions = SealPictureOptions & {
  /** Centre of the seal on the page. */
  x: number;
  y: number;
  /** Diameter in points; an official seal is about 42 mm (~120 pt). */
  size: number;
  /** A font registered on the document that has the name's characters. */
  fontName: string;
};

/**
 * Draws the seal with vector operations. Leaves the document's current font set to `fontName`;
 * callers set the font they need next.
 */
export function drawSealOnPdf(doc: PDFKit.PDFDocument, options: SealOnPdfOptions): void {
  const { ring, star, glyphs } = layoutSeal(options);
  const scale = options.size / BOX;
  doc.save();
  doc.translate(options.x - CENTRE * scale, options.y - CENTRE * scale).scale(scale);
  doc.fillColor(SEAL_RED, SEAL_OPACITY).strokeColor(SEAL_RED, SEAL_OPACITY);
  doc.circle(ring.cx, ring.cy, ring.r).lineWidth(ring.width).stroke();
  doc.polygon(...star).fill();
  doc.font(options.fontName).lineWidth(0.5);
  for (const glyph of glyphs) {
    doc.save();
    doc.translate(glyph.x, glyph.y).rotate(glyph.rotate).scale(glyph.scaleX, 1);
    doc.fontSize(glyph.fontSize);
    const width = doc.widthOfString(glyph.text);
    // Filled and thinly stroked: seals are engraved in heavy strokes, and one regular font is all we embed.
    doc.text(glyph.text, -width / 2, glyph.fontSize * GLYPH_CENTRE_ABOVE_BASELINE, {
      lineBreak: false,
      baseline: 'alphabetic',
      fill: true,
      stroke: true,
    });
    doc.restore();
  }
  doc.restore();
}
