const VERIFY_LINK = /\/verify\/([^/?#\s]+)/;

/**
 * The identifier someone typed, or the one inside a pasted verification link
 * (`https://…/verify/<identifier>?h=<hash>`, as the certificate's QR code prints it).
 */
export function identifierFromInput(input: string): string {
  const text = input.trim();
  const link = VERIFY_LINK.exec(text);
  if (!link?.[1]) return text;
  try {
    return decodeURIComponent(link[1]);
  } catch {
    return link[1];
  }
}
