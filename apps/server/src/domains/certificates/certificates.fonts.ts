import { closeSync, existsSync, openSync, readSync } from 'node:fs';

/**
 * The CJK font certificates are printed with. pdfkit embeds only the glyphs a document uses, so a
 * large system font costs a few kilobytes per certificate. A `.ttc` collection needs the
 * PostScript name of one face as `family` (e.g. `NotoSansCJKsc-Regular`); the family name
 * ('Noto Sans CJK SC') is not accepted.
 */
export type CjkFont = { path: string; family?: string };

export type FindCjkFontOptions = {
  /** A font file chosen by configuration; when given, it must exist. */
  path?: string;
  /** Where to look when no path is given, in order of preference. */
  searchPaths?: readonly string[];
};

/** Debian's packages, Simplified Chinese sans-serif faces first. */
export const DEBIAN_CJK_FONT_PATHS: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf',
  '/usr/share/fonts/opentype/noto/NotoSansSC-Regular.otf',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

export const MISSING_CJK_FONT_MESSAGE =
  '未找到中文字体，无法生成电子证照 PDF：请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk）。' +
  ' No CJK font found to print certificates: install fonts-noto-cjk (apt-get install fonts-noto-cjk).';

/** The CJK font to print with, or null when none of the search paths holds one. */
export function findCjkFont(options: FindCjkFontOptions = {}): CjkFont | null {
  if (options.path !== undefined) {
    if (!existsSync(options.path)) {
      throw new Error(`配置的中文字体文件不存在 / configured CJK font file not found: ${options.path}`);
    }
    return describeFont(options.path);
  }
  const found = (options.searchPaths ?? DEBIAN_CJK_FONT_PATHS).find((candidate) => existsSync(candidate));
  return found === undefined ? null : describeFont(found);
}

/** Like findCjkFont, but a machine without a CJK font is an error naming the package to install. */
export function requireCjkFont(options: FindCjkFontOptions = {}): CjkFont {
  const font = findCjkFont(options);
  if (font === null) throw new Error(MISSING_CJK_FONT_MESSAGE);
  return font;
}

function describeFont(path: string): CjkFont {
  if (!path.toLowerCase().endsWith('.ttc')) return { path };
  const faces = readCollectionFaceNames(path);
  const family = pickFace(faces);
  if (family === undefined) throw new Error(`字体集合中没有可用字体 / no usable face in font collection: ${path}`);
  return { path, family };
}

/** Simplified Chinese before the other regions' faces, proportional before monospaced, regular weight first. */
function pickFace(names: string[]): string | undefined {
  const score = (name: string) =>
    (/CJKsc/.test(name) ? 4 : 0) + (/Mono/i.test(name) ? 0 : 2) + (/Regular/i.test(name) ? 1 : 0);
  return [...names].sort((a, b) => score(b) - score(a))[0];
}

/**
 * PostScript names of the faces in a TrueType/OpenType collection, read from each face's `name`
 * table (name id 6). Reads only the headers, not the tens of megabytes of outlines.
 */
export function readCollectionFaceNames(path: string): string[] {
  const fd = openSync(path, 'r');
  const read = (offset: number, length: number) => {
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, offset);
    return buffer;
  };
  try {
    const header = read(0, 12);
    if (header.toString('latin1', 0, 4) !== 'ttcf') return [];
    const faceCount = header.readUInt32BE(8);
    const offsets = read(12, 4 * faceCount);
    const names: string[] = [];
    for (let i = 0; i < faceCount; i++) {
      const name = readPostScriptName(read, offsets.readUInt32BE(4 * i));
      if (name) names.push(name);
    }
    return names;
  } finally {
    closeSync(fd);
  }
}

function readPostScriptName(read: (offset: number, length: number) => Buffer, faceOffset: number): string | null {
  const tableCount = read(faceOffset + 4, 2).readUInt16BE(0);
  const records = read(faceOffset + 12, 16 * tableCount);
  for (let t = 0; t < tableCount; t++) {
    if (records.toString('latin1', 16 * t, 16 * t + 4) !== 'name') continue;
    const tableOffset = records.readUInt32BE(16 * t + 8);
    const table = read(tableOffset, records.readUInt32BE(16 * t + 12));
    const count = table.readUInt16BE(2);
    const stringsStart = table.readUInt16BE(4);
    for (let r = 0; r < count; r++) {
      const at = 6 + 12 * r;
      if (table.readUInt16BE(at + 6) !== 6) continue;
      const platform = table.readUInt16BE(at);
      const start = stringsStart + table.readUInt16BE(at + 10);
      const bytes = table.subarray(start, start + table.readUInt16BE(at + 8));
      // Windows and Unicode platforms store UTF-16BE; the Macintosh platform stores ASCII.
      return platform === 1 ? bytes.toString('latin1') : Buffer.from(bytes).swap16().toString('utf16le');
    }
  }
  return null;
}
