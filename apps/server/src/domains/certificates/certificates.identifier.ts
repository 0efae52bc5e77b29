import { checkUscc } from '../../platform/codes';
import type { FieldIssue } from '../../platform/errors';

/**
 * Electronic certificate identifiers (电子证照标识, GB/T 36904, docs/DOMAIN.md §3):
 *
 *   1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<version>.<check>
 *
 * - type code: the defining agency's USCC (18) + 3 digits, e.g. 11100000000013338W011;
 * - issuer USCC: the issuing body's 18-character code;
 * - serial: the issuer's own number, letters and digits;
 * - version: 3 digits, 001 for the first issue;
 * - check: ISO/IEC 7064 MOD 37,36 over type code + issuer + serial + version, dots and the fixed
 *   OID prefix left out. Identifiers published by the national platform check out that way.
 *
 * Identifiers this platform builds pad the serial to {@link SERIAL_WIDTH} characters so they sort
 * and compare as text. Parsing accepts any serial of 1 to {@link MAX_SERIAL_LENGTH} letters and
 * digits, because other issuers use their own widths (20-digit numbers, 32-character UUIDs).
 */
export const CERTIFICATE_IDENTIFIER_PREFIX = '1.2.156.3005.2';
export const SERIAL_WIDTH = 12;
export const MAX_SERIAL_LENGTH = 64;

export type CertificateIdentifierParts = {
  typeCode: string;
  issuerUscc: string;
  serial: string;
  version: string;
  check: string;
};

type Parsed<T> = { ok: true; parts: T } | { ok: false; issues: FieldIssue[] };

// ---------------------------------------------------------------------------------------------
// ISO/IEC 7064 MOD 37,36 (hybrid system, GB/T 17710)
// ---------------------------------------------------------------------------------------------

const MOD_3736_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const M = 36;

/** Runs the hybrid recursion P(j+1) = (2·(S(j) || M)) mod (M+1), S(j) = (P(j) + c(j)) mod M, from P(1) = M. */
function mod3736Product(text: string): number {
  let product = M;
  for (const char of text) {
    const sum = (product + mod3736Value(char)) % M || M;
    product = (sum * 2) % (M + 1);
  }
  return product;
}

function mod3736Value(char: string): number {
  const value = MOD_3736_ALPHABET.indexOf(char);
  if (char.length !== 1 || value < 0) {
    throw new RangeError(`ISO 7064 MOD 37,36 takes 0-9 and A-Z only, not “${char}”`);
  }
  return value;
}

/** The character that, appended to `text`, makes it pass {@link isValidMod3736}. Throws outside 0-9A-Z. */
export function mod3736CheckCharacter(text: string): string {
  // The check character a completes the last step: (P + a) mod M = 1.
  return MOD_3736_ALPHABET[(M + 1 - mod3736Product(text)) % M]!;
}

/** Whether the last character is the MOD 37,36 check of the rest. Throws outside 0-9A-Z. */
export function isValidMod3736(textWithCheck: string): boolean {
  if (textWithCheck.length < 2) return false;
  const product = mod3736Product(textWithCheck.slice(0, -1));
  return (product + mod3736Value(textWithCheck.slice(-1))) % M === 1;
}

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

/**
 * Builds the identifier of a certificate this platform issues. The serial (a non-negative
 * integer, or up to {@link SERIAL_WIDTH} digits and capital letters) is zero-padded to
 * {@link SERIAL_WIDTH}; the version is 1–999 or three digits. Throws on malformed parts: they
 * come from the platform's own catalogue and counters, so a bad one is a bug, not user input.
 */
export function buildCertificateIdentifier(input: {
  typeCode: string;
  issuerUscc: string;
  serial: string | number;
  version: string | number;
}): string {
  const serial = normaliseSerial(input.serial);
  const version = typeof input.version === 'number' ? String(input.version).padStart(3, '0') : input.version;
  const parts = { typeCode: input.typeCode, issuerUscc: input.issuerUscc, serial, version };
  const issues = partIssues(parts, 'identifier');
  if (issues.length > 0) {
    throw new Error(`cannot build a certificate identifier: ${issues.map((issue) => issue.message).join('；')}`);
  }
  const check = mod3736CheckCharacter(parts.typeCode + parts.issuerUscc + serial + version);
  return [CERTIFICATE_IDENTIFIER_PREFIX, parts.typeCode, parts.issuerUscc, serial, version, check].join('.');
}

function normaliseSerial(serial: string | number): string {
  if (typeof serial === 'number') {
    if (!Number.isSafeInteger(serial) || serial < 0)
      throw new Error(`serial must be a non-negative integer: ${serial}`);
    serial = String(serial);
  }
  if (!/^[0-9A-Z]+$/.test(serial) || serial.length > SERIAL_WIDTH) {
    throw new Error(`serial must be 1 to ${SERIAL_WIDTH} digits or capital letters: “${serial}”`);
  }
  return serial.padStart(SERIAL_WIDTH, '0');
}

/**
 * Reads an identifier, naming every part at fault in words an applicant or clerk can act on.
 * `path` is the field the identifier arrived in; issues point at `<path>.<part>`.
 */
export function parseCertificateIdentifier(text: string, path = 'identifier'): Parsed<CertificateIdentifierParts> {
  const prefixDots = CERTIFICATE_IDENTIFIER_PREFIX.length + 1;
  if (!text.startsWith(`${CERTIFICATE_IDENTIFIER_PREFIX}.`)) {
    const message = `电子证照标识应以“${CERTIFICATE_IDENTIFIER_PREFIX}.”开头（GB/T 36904）`;
    return { ok: false, issues: [{ path: `${path}.prefix`, message }] };
  }
  const segments = text.slice(prefixDots).split('.');
  if (segments.length !== 5) {
    const message = `前缀之后应有 5 段，以“.”分隔：证照类型代码.颁发机构代码.流水号.版本号.校验位，实际 ${segments.length} 段`;
    return { ok: false, issues: [{ path, message }] };
  }
  const [typeCode, issuerUscc, serial, version, check] = segments as [string, string, string, string, string];
  const issues = partIssues({ typeCode, issuerUscc, serial, version }, path);
  if (!/^[0-9A-Z]$/.test(check)) {
    issues.push({ path: `${path}.check`, message: `校验位“${check}”应为 1 位数字或大写字母` });
  } else if (issues.length === 0) {
    const expected = mod3736CheckCharacter(typeCode + issuerUscc + serial + version);
    if (check !== expected) {
      issues.push({ path: `${path}.check`, message: `校验位不符：应为“${expected}”，实际为“${check}”` });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, parts: { typeCode, issuerUscc, serial, version, check } };
}

function partIssues(parts: Omit<CertificateIdentifierParts, 'check'>, path: string): FieldIssue[] {
  const { typeCode, issuerUscc, serial, version } = parts;
  const issues: FieldIssue[] = [];
  if (typeCode.length !== 21) {
    issues.push({
      path: `${path}.typeCode`,
      message: `证照类型代码“${typeCode}”应为 21 位（定义机构统一社会信用代码 18 位 + 3 位数字），实际 ${typeCode.length} 位`,
    });
  } else if (!isUsccShaped(typeCode.slice(0, 18)) || !/^\d{3}$/.test(typeCode.slice(18))) {
    issues.push({
      path: `${path}.typeCode`,
      message: `证照类型代码“${typeCode}”应为定义机构统一社会信用代码加 3 位数字`,
    });
  }
  if (!isUsccShaped(issuerUscc)) {
    issues.push({
      path: `${path}.issuerUscc`,
      message: `颁发机构统一社会信用代码“${issuerUscc}”格式不正确，应为 18 位数字或大写字母（不含 I、O、S、V、Z）`,
    });
  }
  if (!/^[0-9A-Z]+$/.test(serial) || serial.length > MAX_SERIAL_LENGTH) {
    issues.push({
      path: `${path}.serial`,
      message: `流水号“${serial}”应为 1 至 ${MAX_SERIAL_LENGTH} 位数字或大写字母`,
    });
  }
  if (!/^\d{3}$/.test(version)) {
    issues.push({ path: `${path}.version`, message: `版本号“${version}”应为 3 位数字，如 001` });
  }
  return issues;
}

/** Shape only: a USCC whose own check character fails is still a real body's code (docs/DOMAIN.md §3). */
function isUsccShaped(code: string): boolean {
  const check = checkUscc(code);
  return check.valid || check.reason === 'check_character';
}
