import type { VerifyRequest } from '@yici/contracts';
import type { RawBody } from '../../api/transport';

/** The server takes uploads of up to 5 MB; a larger file is not one of its certificates. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/**
 * What `/verify/<identifier>` asks the server: the link itself when it carries the hash from the
 * QR code (so that a link pointing at other content fails as QR_MISMATCH), else the identifier.
 */
export function verifyRequestForLink(link: { href: string; identifier: string; hash: string | null }): VerifyRequest {
  if (!link.hash) return { identifier: link.identifier };
  // The link as the QR code prints it: the server reads `…/verify/<identifier>?h=<hash>` to the
  // end, so a trailing slash, a fragment or other parameters would make it unreadable.
  const { origin } = new URL(link.href);
  return { qr: `${origin}/verify/${encodeURIComponent(link.identifier)}?h=${link.hash}` };
}

/**
 * The content type an uploaded certificate is sent with, judged by its first bytes: every PDF
 * starts with `%PDF-`, whatever the file is called. Anything else the server checks as a document
 * of its own and answers CERTIFICATE_DOCUMENT_UNRECOGNISED when it is not.
 */
export function documentContentType(file: { name: string; type: string }, head: string): string {
  if (head.startsWith('%PDF-')) return 'application/pdf';
  if (file.type === 'application/json' || /\.json$/i.test(file.name)) return 'application/json';
  return 'application/octet-stream';
}

export function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file as the verification endpoint takes it: its bytes with the content type above. A `.json`
 * that does not parse goes as plain bytes too, so the answer is "not a certificate of this
 * platform" rather than the server's generic complaint about a malformed JSON body.
 */
export async function documentBodyOf(file: File): Promise<RawBody> {
  const contentType = documentContentType(file, await file.slice(0, 5).text());
  const isBrokenJson = contentType === 'application/json' && !isJsonText(await file.text());
  return { data: file, contentType: isBrokenJson ? 'application/octet-stream' : contentType };
}
