/**
 * A certificate PDF carries its signed certificate in the document information dictionary, so
 * whoever holds the file can have it verified without the database. The JSON is stored as base64:
 * pure ASCII needs no escaping and no UTF-16 conversion, and survives viewers that re-save it.
 */
export const PAYLOAD_INFO_KEY = 'YiciCertificate';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Call before `doc.end()`: pdfkit writes the information dictionary when the document ends. */
export function embedPayload(doc: PDFKit.PDFDocument, payloadJson: string): void {
  // pdfkit writes every own key of `info` as an entry; its typings list only the standard ones.
  Object.assign(doc.info, { [PAYLOAD_INFO_KEY]: Buffer.from(payloadJson, 'utf8').toString('base64') });
}

/**
 * The JSON a PDF of ours carries, or null for any other file. Reads the PDF as written by pdfkit
 * (the entry may point to an indirect string object) and by tools that inline the string or
 * write it in hex; the last definition wins, as in an incrementally updated file.
 */
export function extractPayload(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const entry = lastMatch(text, new RegExp(`/${PAYLOAD_INFO_KEY}\\s*(?:(\\d+)\\s+(\\d+)\\s+R|([(<]))`, 'g'));
  if (!entry) return null;
  let start: number;
  if (entry[3] !== undefined) {
    start = entry.index + entry[0].length - 1;
  } else {
    const object = lastMatch(text, new RegExp(`(?:^|[^0-9])${entry[1]}\\s+${entry[2]}\\s+obj\\s*([(<])`, 'g'));
    if (!object) return null;
    start = object.index + object[0].length - 1;
  }
  const value = readPdfString(text, start);
  return value === null ? null : decodePayload(value);
}

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match;
  return last;
}

/** A PDF string object starting at `start` (a literal `(…)` or hex `<…>` string), as latin1 bytes. */
function readPdfString(text: string, start: number): string | null {
  if (text[start] === '<') {
    const end = text.indexOf('>', start);
    if (end < 0) return null;
    const hex = text.slice(start + 1, end).replace(/\s+/g, '');
    if (!/^[0-9A-Fa-f]*$/.test(hex)) return null;
    return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1');
  }
  return readLiteralString(text, start);
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** PDF 32000-1 §7.3.4.2: balanced parentheses, backslash escapes, octal codes, line continuations. */
function readLiteralString(text: string, start: number): string | null {
  let out = '';
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[++i];
      if (next === undefined) return null;
      if (next in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[next];
      else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))![0];
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === '\r') {
        if (text[i + 1] === '\n') i++;
      } else if (next !== '\n') out += next;
      continue;
    }
    if (c === '(') {
      depth++;
      if (depth === 1) continue;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return out;
    }
    out += c;
  }
  return null;
}

function decodePayload(value: string): string | null {
  const base64 = value.replace(/\s+/g, '');
  if (base64.length === 0 || base64.length % 4 !== 0 || !BASE64.test(base64)) return null;
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64'));
    JSON.parse(json);
  } catch {
    return null;
  }
  return json;
}
