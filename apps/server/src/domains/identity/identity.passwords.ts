import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's recommended floor (19 MiB, 2 passes, 1 lane): about 25–40 ms per hash on
 * this machine kind — slow enough to make offline guessing expensive, fast enough that a busy hall
 * logs in without queueing. Raise memoryCost before timeCost when hardware allows.
 */
export const ARGON2_OPTIONS = { algorithm: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the login is unknown, so that an unknown name costs the same time as a wrong password.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('yici-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
