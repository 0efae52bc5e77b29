import { inflateSync } from 'node:zlib';

/**
 * The text a PDF written by pdfkit draws, in drawing order (a wrapped line continues without a break): every stream is inflated where it is
 * compressed, the embedded font subsets' ToUnicode maps give each glyph code its characters, and
 * the text-showing operators (TJ) are read through them. Only drawn text counts: the signed
 * payload embedded as a file is not part of what a person reads.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [raw];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      parts.push(inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1'));
    } catch {
      // not compressed: already part of `raw`
    }
  }
  const content = parts.join('\n');
  const unicode = new Map<number, string>();
  for (const range of content.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
    const entries = [...range[2]!.matchAll(/<([0-9a-f ]+)>/g)];
    for (const [i, entry] of entries.entries()) {
      const units = entry[1]!.split(' ').map((hex) => parseInt(hex, 16));
      unicode.set(parseInt(range[1]!, 16) + i, String.fromCharCode(...units));
    }
  }
  let drawn = '';
  for (const show of content.matchAll(/\[([^\]]*)\] TJ/g)) {
    for (const run of show[1]!.matchAll(/<([0-9a-f]+)>/g)) {
      for (const code of run[1]!.match(/.{4}/g) ?? []) drawn += unicode.get(parseInt(code, 16)) ?? '\uFFFD';
    }
  }
  return drawn;
}

/**
 * Code words a reader must never see: snake_case or CONSTANT_CASE tokens and lowercase ASCII
 * words. Identifiers (certificate identifiers, USCCs, ID numbers, case numbers) are upper-case
 * letters and digits and pass; web addresses are removed first.
 */
export function codeWordsIn(text: string): string[] {
  const withoutUrls = text.replace(/https?:\/\/[\x21-\x7e]+/g, ' ');
  const words = withoutUrls.match(/[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|\b[a-z][a-z]+\b|未知（[^）]*）/g) ?? [];
  return [...new Set(words)];
}
