import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { identityErrors } from './identity.errors';
import type { IdentityRepository, OneTimeCodeRow } from './identity.repository';

export const CODE_TTL_MS = 5 * 60 * 1000;
const MAX_CODE_ATTEMPTS = 5;

function hashCode(id: string, code: string): string {
  return createHash('sha256').update(`${id}:${code}`).digest('hex');
}

/** Creates a six-digit code, stores only its hash, and returns the code for the outbox message. */
export async function issueCode(
  repo: IdentityRepository,
  options: { accountId: string; purpose: OneTimeCodeRow['purpose']; now: Date },
): Promise<{ id: string; code: string }> {
  const id = randomBytes(12).toString('base64url');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await repo.insertCode({
    id,
    accountId: options.accountId,
    purpose: options.purpose,
    codeHash: hashCode(id, code),
    createdAt: options.now,
    expiresAt: new Date(options.now.getTime() + CODE_TTL_MS),
  });
  return { id, code };
}

/**
 * Checks a code before it is used. A wrong code counts against the code at once (outside any
 * transaction the caller may roll back); an expired, used or burnt code is reported as such so the
 * applicant knows to ask for a new one. The caller then uses it up with `repo.consumeCode` inside
 * the transaction of the change it unlocks.
 */
export async function checkCode(
  repo: IdentityRepository,
  options: { row: OneTimeCodeRow | null; code: string; now: Date },
): Promise<OneTimeCodeRow> {
  const { row, code, now } = options;
  if (!row) throw identityErrors.codeExpired();
  if (row.usedAt) throw identityErrors.codeUsed();
  if (row.expiresAt.getTime() <= now.getTime()) throw identityErrors.codeExpired();
  if (row.attempts >= MAX_CODE_ATTEMPTS) throw identityErrors.codeTooManyAttempts();
  const expected = Buffer.from(row.codeHash, 'hex');
  const given = Buffer.from(hashCode(row.id, code), 'hex');
  if (!timingSafeEqual(expected, given)) {
    await repo.updateCode(row.id, { attempts: row.attempts + 1 });
    throw identityErrors.codeInvalid();
  }
  return row;
}

/** Uses the code up; a code used in the meantime by a parallel request fails here. */
export async function useCode(repo: IdentityRepository, options: { id: string; now: Date }): Promise<void> {
  if (!(await repo.consumeCode(options.id, options.now))) throw identityErrors.codeUsed();
}
