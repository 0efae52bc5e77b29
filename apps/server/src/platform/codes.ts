/**
 * National code formats shared by every domain (docs/DOMAIN.md §3). Each validator returns the
 * problems it found instead of throwing, so callers can name the part at fault.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

/** GB 32100 check character over the first 17 characters, or null if a character is outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export type UsccCheck =
  { valid: true } | { valid: false; reason: 'length' | 'alphabet' | 'check_character'; expected?: string };

/**
 * Some real, registered codes fail the check character: callers warn and let staff override,
 * they never silently reject (docs/DOMAIN.md §3).
 */
export function checkUscc(code: string): UsccCheck {
  if (code.length !== 18) return { valid: false, reason: 'length' };
  if ([...code].some((c) => !USCC_ALPHABET.includes(c))) return { valid: false, reason: 'alphabet' };
  const expected = usccCheckCharacter(code.slice(0, 17))!;
  return expected === code[17] ? { valid: true } : { valid: false, reason: 'check_character', expected };
}

/** Builds a valid USCC from its 17-character body (used for the platform's own bodies). */
export function completeUscc(first17: string): string {
  const check = usccCheckCharacter(first17);
  if (check === null || first17.length !== 17) throw new Error(`not a USCC body: ${first17}`);
  return first17 + check;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECKS = '10X98765432';

/** GB 11643 check character (ISO 7064 MOD 11-2) over the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECKS[sum % 11]!;
}

export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = id.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replaceAll('-', '') !== birth) return false;
  return idNumberCheckCharacter(id.slice(0, 17)) === id[17];
}

/** Masks an ID number for lists: 370102********1234. */
export function maskIdNumber(id: string): string {
  return id.length < 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
