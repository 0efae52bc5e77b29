import type { Seal, SealStatus } from '@yici/contracts';

/** Enough of an SM2 public key to tell two apart at a glance: 04011edc7c…a75ea582. */
export function shortenPublicKey(publicKey: string, options: { head?: number; tail?: number } = {}): string {
  const head = options.head ?? 10;
  const tail = options.tail ?? 8;
  if (publicKey.length <= head + tail + 1) return publicKey;
  return `${publicKey.slice(0, head)}…${publicKey.slice(-tail)}`;
}

/** Seals matching the search (owner name or USCC) and status; an empty filter keeps them all. */
export function filterSeals(seals: readonly Seal[], filter: { search: string; status: SealStatus | null }): Seal[] {
  const search = filter.search.trim().toUpperCase();
  return seals.filter(
    (seal) =>
      (!filter.status || seal.status === filter.status) &&
      (!search || seal.ownerName.toUpperCase().includes(search) || seal.ownerUscc.includes(search)),
  );
}
