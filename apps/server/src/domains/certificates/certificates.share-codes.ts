import { randomInt } from 'node:crypto';
import { sm3Hex } from '../../platform/crypto/sm';

/*
 * 亮证码: the holder shows a short-lived code (as text and as a QR link) to someone in front of
 * them, who then sees the certificate's content. Twelve characters of Crockford's base 32 are 60
 * random bits: with codes living minutes and verification rate-limited, guessing one is hopeless.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/** A fresh code, grouped for reading aloud: 7K3M-Q9XA-2BWD. */
export function newShareCode(draw: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[draw(ALPHABET.length)]!;
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * The code as typed: case, spaces and dashes do not matter, and the letters people confuse with
 * digits (O, I, L) read as the digits. Null when it cannot be a code at all.
 */
export function normaliseShareCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return null;
  return code;
}

/** What the table keeps instead of the code. */
export function hashShareCode(normalised: string): string {
  return sm3Hex(`yici-share-code:${normalised}`);
}

/** The link in the QR code: the public verify page opens it and shows the content at once. */
export function shareLink(publicUrl: string, code: string): string {
  return `${publicUrl}/verify/share/${code}`;
}
