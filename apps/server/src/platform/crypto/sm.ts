import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPublicKey,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';

/**
 * The national (商用密码) algorithms the platform uses, in one place:
 *
 * - SM3 for hashes (audit chain, content digests);
 * - SM2 for electronic-seal signatures (GB/T 38540, docs/DOMAIN.md §3);
 * - SM4 to keep seal private keys encrypted at rest.
 *
 * Node's crypto has SM3 and SM4 but no usable SM2, so SM2 comes from sm-crypto-v2. Node has no
 * SM4-GCM either, hence SM4-CBC with HMAC-SM3 (encrypt-then-MAC) for key wrapping.
 */

export function sm3Hex(data: string | Uint8Array): string {
  const hash = createHash('sm3');
  if (typeof data === 'string') hash.update(data, 'utf8');
  else hash.update(data);
  return hash.digest('hex');
}

// In a `u` pattern a surrogate range matches only surrogates that are not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * The canonical form of JSON that signatures cover: RFC 8785, the JSON Canonicalization Scheme
 * (JCS). Object members sorted by their names' UTF-16 code units (what `Array.prototype.sort`
 * compares), no whitespace, strings and numbers serialised as ECMAScript's JSON.stringify does
 * (RFC 8785 §3.2.2 takes exactly that). Throws on anything JSON cannot represent (NaN, Infinity,
 * functions, class instances) and on strings with lone surrogates, which RFC 8785 §3.2.2.2
 * forbids; members whose value is `undefined` are left out, as JSON.stringify leaves them.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new TypeError('canonical JSON has no lone surrogates (RFC 8785 §3.2.2.2)');
      return JSON.stringify(value);
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new TypeError('canonical JSON takes plain objects only');
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
      return `{${keys.map((key) => `${canonicalJson(key)}:${canonicalJson(record[key])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON has no ${typeof value}`);
  }
}

// ---------------------------------------------------------------------------------------------
// SM2 electronic-seal signatures (GB/T 38540)
// ---------------------------------------------------------------------------------------------

/**
 * The default distinguishing identifier of GM/T 0009 and GB/T 35276. Seals made by other systems
 * that follow GB/T 38540 use it too, so signatures verify anywhere without extra agreement.
 */
export const SM2_USER_ID = '1234567812345678';

/** The order n of the SM2 recommended curve (GB/T 32918.5). */
const SM2_ORDER = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

const PRIVATE_KEY = /^[0-9a-f]{64}$/;
const UNCOMPRESSED_PUBLIC_KEY = /^04[0-9a-f]{128}$/;
const PUBLIC_KEY = /^(04[0-9a-f]{128}|0[23][0-9a-f]{64})$/;
const RAW_SIGNATURE = /^[0-9a-f]{128}$/;

/** `publicKey` is the uncompressed point, 130 lowercase hex characters starting 04; `privateKey` is 64. */
export type SealKeyPair = { publicKey: string; privateKey: string };

export function generateSealKeyPair(): SealKeyPair {
  const { publicKey, privateKey } = sm2.generateKeyPairHex();
  return { publicKey, privateKey };
}

/**
 * Signs `message` (as UTF-8) the way GB/T 38540 seals sign: e = SM3(Z ‖ M), Z from the public key
 * and {@link SM2_USER_ID}. Returns the raw signature, r ‖ s as 128 lowercase hex characters (each
 * 32 bytes, left-padded): fixed length, easy to store and compare. A GB/T 35276 `SM2Signature`
 * (DER SEQUENCE of two INTEGERs) is the same two numbers, so an encoder for a seal container can
 * derive it from this without re-signing.
 *
 * Throws if the keys are malformed or are not a pair: a signature under a mismatched public key
 * could never be verified, and finding that at signing time is far cheaper than later.
 */
export function signSm2(options: { privateKey: string; publicKey: string; message: string | Uint8Array }): string {
  const privateKey = options.privateKey.toLowerCase();
  const publicKey = options.publicKey.toLowerCase();
  if (!PRIVATE_KEY.test(privateKey)) throw new Error('SM2 private key must be 64 hex characters');
  const d = BigInt(`0x${privateKey}`);
  if (d < 1n || d > SM2_ORDER - 2n) throw new Error('SM2 private key is out of range');
  if (!UNCOMPRESSED_PUBLIC_KEY.test(publicKey)) throw new Error('SM2 public key must be 130 hex characters (04‖x‖y)');
  const pair = `${privateKey}:${publicKey}`;
  if (!matchedPairs.has(pair)) {
    if (sm2.getPublicKeyFromPrivateKey(privateKey) !== publicKey) {
      throw new Error('SM2 public key does not belong to the private key');
    }
    if (matchedPairs.size >= POINT_CACHE_SIZE) matchedPairs.clear();
    matchedPairs.add(pair);
  }
  const message = typeof options.message === 'string' ? options.message : Buffer.from(options.message);
  return sm2.doSignature(messageDigest(publicKey, message), privateKey, { hash: false });
}

/** Key pairs already checked to belong together (the check is a scalar multiplication). */
const matchedPairs = new Set<string>();

// GB/T 32918.5 curve parameters a, b, G and ENTL ‖ ID for Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA).
const Z_PREFIX = Buffer.concat([
  Buffer.from([0x00, 0x80]),
  Buffer.from(SM2_USER_ID, 'utf8'),
  Buffer.from(
    'FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC' +
      '28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93' +
      '32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7' +
      'BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0',
    'hex',
  ),
]);
const zValues = new Map<string, Buffer>();

/**
 * e = SM3(Z ‖ M), computed with node's native SM3 (the JS SM3 of the SM2 library allocated most of
 * a verification's time); Z depends only on the public key, so it is computed once per seal.
 */
function messageDigest(uncompressedPublicKey: string, message: string | Buffer): Uint8Array {
  let z = zValues.get(uncompressedPublicKey);
  if (!z) {
    z = createHash('sm3')
      .update(Z_PREFIX)
      .update(Buffer.from(uncompressedPublicKey.slice(2), 'hex'))
      .digest();
    if (zValues.size >= POINT_CACHE_SIZE) zValues.clear();
    zValues.set(uncompressedPublicKey, z);
  }
  const hash = createHash('sm3').update(z);
  if (typeof message === 'string') hash.update(message, 'utf8');
  else hash.update(message);
  return new Uint8Array(hash.digest());
}

/**
 * Checks a signature made by {@link signSm2} or any GB/T 38540 signer, given as r ‖ s (128 hex
 * characters) or DER ({@link rawSignatureOf}). Never throws:
 * anything malformed (key not on the curve, wrong lengths, r or s out of range) is just `false`.
 * Accepts the public key compressed (02/03‖x) or uncompressed, in either letter case.
 */
export function verifySm2(options: { publicKey: string; message: string | Uint8Array; signature: string }): boolean {
  try {
    const publicKey = String(options.publicKey).toLowerCase();
    const signature = rawSignatureOf(String(options.signature));
    if (!PUBLIC_KEY.test(publicKey) || signature === null) return false;
    const r = BigInt(`0x${signature.slice(0, 64)}`);
    const s = BigInt(`0x${signature.slice(64)}`);
    // GB/T 32918.2 step B1/B2; without them r + n or s + n would be accepted as distinct signatures.
    if (r < 1n || r >= SM2_ORDER || s < 1n || s >= SM2_ORDER) return false;
    const point = precomputedPoint(publicKey);
    if (!point) return false;
    const message = typeof options.message === 'string' ? options.message : Buffer.from(options.message);
    const digest = messageDigest(point.toHex(false), message);
    return sm2.doVerifySignature(digest, signature, point, { hash: false });
  } catch {
    return false;
  }
}

/**
 * Seals are few and verified often: each public key is checked once and turned into a
 * precomputed point (verification is then several times faster). Bounded, oldest evicted first.
 */
const POINT_CACHE_SIZE = 2_000;
const points = new Map<string, ReturnType<typeof sm2.precomputePublicKey> | null>();
function precomputedPoint(publicKey: string) {
  if (points.has(publicKey)) return points.get(publicKey)!;
  const point = sm2.verifyPublicKey(publicKey) ? sm2.precomputePublicKey(publicKey) : null;
  if (points.size >= POINT_CACHE_SIZE) points.delete(points.keys().next().value!);
  points.set(publicKey, point);
  return point;
}

/**
 * A signature as r ‖ s (128 lowercase hex characters), from either encoding a verifier may be
 * given: r ‖ s itself, or the DER `SM2Signature` of GB/T 35276 / GM/T 0009 (SEQUENCE of two
 * INTEGERs, what OpenSSL writes) as hex or base64. Null for anything else; DER is read strictly
 * (minimal lengths and integers, nothing after it), so one signature has one spelling per encoding.
 */
export function rawSignatureOf(signature: string): string | null {
  const text = signature.trim();
  if (RAW_SIGNATURE.test(text.toLowerCase())) return text.toLowerCase();
  const der = /^(?:[0-9a-fA-F]{2})+$/.test(text) ? Buffer.from(text, 'hex') : strictBase64(text);
  return der ? rawOfDer(der) : null;
}

function rawOfDer(der: Buffer): string | null {
  if (der.length < 8 || der[0] !== 0x30 || der[1] !== der.length - 2 || der[1]! >= 0x80) return null;
  const integers: string[] = [];
  let at = 2;
  for (let i = 0; i < 2; i++) {
    if (der[at] !== 0x02) return null;
    const length = der[at + 1]!;
    const value = der.subarray(at + 2, at + 2 + length);
    if (length < 1 || length > 33 || value.length !== length) return null;
    // DER integers are minimal and these are positive: a leading 00 only before a byte ≥ 80.
    if (value[0]! >= 0x80 || (value[0] === 0 && (length === 1 || value[1]! < 0x80))) return null;
    const hex = value.toString('hex').replace(/^00/, '');
    if (hex.length > 64) return null;
    integers.push(hex.padStart(64, '0'));
    at += 2 + length;
  }
  return at === der.length ? integers.join('') : null;
}

/** The DER `SM2Signature` (GB/T 35276) of an r ‖ s signature: what OpenSSL reads with `-sigfile`. */
export function derOfRawSignature(signature: string): Buffer {
  if (!RAW_SIGNATURE.test(signature)) throw new Error('SM2 signature must be 128 hex characters (r‖s)');
  const integer = (hex: string) => {
    let bytes = Buffer.from(hex, 'hex');
    while (bytes.length > 1 && bytes[0] === 0 && bytes[1]! < 0x80) bytes = bytes.subarray(1);
    if (bytes[0]! >= 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
    return Buffer.concat([Buffer.from([0x02, bytes.length]), bytes]);
  };
  const body = Buffer.concat([integer(signature.slice(0, 64)), integer(signature.slice(64))]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

// SubjectPublicKeyInfo { AlgorithmIdentifier { id-ecPublicKey 1.2.840.10045.2.1, the SM2 curve
// 1.2.156.10197.1.301 }, BIT STRING 00 ‖ 04 ‖ x ‖ y }: everything before the point is fixed.
const SM2_SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');

/** A seal's public key as PEM (SubjectPublicKeyInfo, RFC 5480 with the SM2 curve OID): standard tools read it. */
export function publicKeyPem(publicKey: string): string {
  const key = publicKey.toLowerCase();
  if (!UNCOMPRESSED_PUBLIC_KEY.test(key)) throw new Error('SM2 public key must be 130 hex characters (04‖x‖y)');
  const base64 = Buffer.concat([SM2_SPKI_PREFIX, Buffer.from(key, 'hex')]).toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

export type PemKey = { ok: true; publicKey: string } | { ok: false; reason: string };

/**
 * The SM2 public key (04‖x‖y hex) in a PEM SubjectPublicKeyInfo, or why there is none: not PEM,
 * a key of another algorithm or curve (named, so the verifier knows what they were given), or a
 * point that is not on the SM2 curve.
 */
export function publicKeyOfPem(pem: string): PemKey {
  const match = /-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----/.exec(pem);
  const der = match ? strictBase64(match[1]!.replace(/\s+/g, '')) : null;
  if (!der) return { ok: false, reason: '不是 PEM 格式的公钥（-----BEGIN PUBLIC KEY-----）' };
  if (der.length === SM2_SPKI_PREFIX.length + 65 && der.subarray(0, SM2_SPKI_PREFIX.length).equals(SM2_SPKI_PREFIX)) {
    const publicKey = der.subarray(SM2_SPKI_PREFIX.length).toString('hex');
    return sm2.verifyPublicKey(publicKey) ? { ok: true, publicKey } : { ok: false, reason: '公钥的点不在 SM2 曲线上' };
  }
  return { ok: false, reason: `公钥不是 SM2 密钥（曲线 OID 1.2.156.10197.1.301），而是 ${describeKey(der)}` };
}

function describeKey(der: Buffer): string {
  try {
    const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    const curve = key.asymmetricKeyDetails?.namedCurve;
    return curve ? `${key.asymmetricKeyType} ${curve}` : String(key.asymmetricKeyType);
  } catch {
    return '无法识别的密钥';
  }
}

// ---------------------------------------------------------------------------------------------
// SM4 key wrapping for private keys at rest
// ---------------------------------------------------------------------------------------------

/**
 * Wrapped form, all parts standard base64:
 *
 *   sm4cbc-hmacsm3:v1:<iv>:<mac>:<ciphertext>
 *
 * ciphertext = SM4-CBC(encKey, iv, PKCS#7(UTF-8 plaintext)) with a random 16-byte iv per value;
 * mac        = HMAC-SM3(macKey, "sm4cbc-hmacsm3:v1:<iv>:<ciphertext>"), 32 bytes, checked first;
 * encKey     = HMAC-SM3(master, "yici key wrap v1 encryption")[0..16];
 * macKey     = HMAC-SM3(master, "yici key wrap v1 authentication").
 *
 * Two keys derived from one master key, because one key should never serve two algorithms. The
 * scheme and version lead the text so that a later scheme (SM4-GCM once Node has it) can be read
 * beside this one.
 */
const WRAP_PREFIX = 'sm4cbc-hmacsm3:v1';
const MASTER_KEY_BYTES = 16;
const IV_BYTES = 16;
const MAC_BYTES = 32;

export type KeyWrapper = {
  wrap(plain: string): string;
  /** Throws if the text is malformed, altered, or was wrapped under another master key. */
  unwrap(wrapped: string): string;
};

export function createKeyWrapper(masterKey: Buffer): KeyWrapper {
  if (!Buffer.isBuffer(masterKey) || masterKey.length !== MASTER_KEY_BYTES) {
    throw new Error(`key-wrapping master key must be ${MASTER_KEY_BYTES} bytes`);
  }
  const encKey = hmacSm3(masterKey, 'yici key wrap v1 encryption').subarray(0, 16);
  const macKey = hmacSm3(masterKey, 'yici key wrap v1 authentication');
  const macOf = (iv: string, ciphertext: string) => hmacSm3(macKey, `${WRAP_PREFIX}:${iv}:${ciphertext}`);

  return {
    wrap(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('sm4-cbc', encKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
      const ivText = iv.toString('base64');
      return `${WRAP_PREFIX}:${ivText}:${macOf(ivText, ciphertext).toString('base64')}:${ciphertext}`;
    },

    unwrap(wrapped) {
      const parts = String(wrapped).split(':');
      if (parts.length !== 5) throw new Error(`wrapped key is not in the form ${WRAP_PREFIX}:<iv>:<mac>:<ciphertext>`);
      const [scheme, version, ivText, macText, ciphertext] = parts as [string, string, string, string, string];
      if (`${scheme}:${version}` !== WRAP_PREFIX)
        throw new Error(`unsupported key-wrapping scheme "${scheme}:${version}"`);
      const iv = strictBase64(ivText);
      const mac = strictBase64(macText);
      const body = strictBase64(ciphertext);
      if (!iv || iv.length !== IV_BYTES || !mac || mac.length !== MAC_BYTES || !body || body.length === 0) {
        throw new Error('wrapped key is malformed: bad iv, mac or ciphertext');
      }
      if (!timingSafeEqual(mac, macOf(ivText, ciphertext))) {
        throw new Error('wrapped key failed its integrity check: it was altered, or wrapped under another master key');
      }
      const decipher = createDecipheriv('sm4-cbc', encKey, iv);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}

/** Reads the master key from configuration: 32 hex characters, or standard base64 of 16 bytes. */
export function parseMasterKey(text: string): Buffer {
  const trimmed = String(text).trim();
  const key = /^[0-9a-fA-F]{32}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : strictBase64(trimmed);
  // The message never repeats the text: it is a secret even when it is wrong.
  if (!key || key.length !== MASTER_KEY_BYTES) {
    throw new Error('key-wrapping master key must be 32 hex characters or the base64 of 16 bytes');
  }
  if (key.every((byte) => byte === 0)) throw new Error('key-wrapping master key is all zeros, a placeholder');
  return key;
}

/** A fresh random master key; `.toString('hex')` gives the text {@link parseMasterKey} reads. */
export function generateMasterKey(): Buffer {
  return randomBytes(MASTER_KEY_BYTES);
}

/** HMAC with SM3 (GB/T 32905): webhook signatures and key derivation. */
export function hmacSm3(key: Buffer, text: string): Buffer {
  return createHmac('sm3', key).update(text, 'utf8').digest();
}

/**
 * Node decodes base64 leniently (skipping stray characters, ignoring unused bits), so an edited
 * character could decode to the same bytes. Only the one canonical spelling is accepted.
 */
function strictBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}
