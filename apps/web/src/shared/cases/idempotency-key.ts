/**
 * A fresh key for one user action. `crypto.randomUUID` exists only on secure origins, and a hall
 * may open the platform over plain HTTP on its intranet, so the key is built from random bytes then.
 */
export function newIdempotencyKey(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  if ('randomUUID' in random && typeof random.randomUUID === 'function') return (random as Crypto).randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
