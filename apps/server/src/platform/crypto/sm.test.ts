import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  createKeyWrapper,
  derOfRawSignature,
  generateMasterKey,
  generateSealKeyPair,
  parseMasterKey,
  publicKeyOfPem,
  publicKeyPem,
  rawSignatureOf,
  signSm2,
  sm3Hex,
  verifySm2,
} from './sm';

describe('SM3', () => {
  it('matches the GB/T 32905 test vector for "abc"', () => {
    const expected = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
    expect(sm3Hex('abc')).toBe(expected);
    expect(sm3Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(expected);
  });

  it('hashes text as UTF-8', () => {
    expect(sm3Hex('一次')).toBe(sm3Hex(new Uint8Array(Buffer.from('一次', 'utf8'))));
  });
});

describe('canonical JSON', () => {
  it('writes the same text whatever the key order', () => {
    const a = canonicalJson({ b: 1, a: { d: [true, null], c: '甲' } });
    const b = canonicalJson({ a: { c: '甲', d: [true, null] }, b: 1 });
    expect(a).toBe(b);
    expect(a).toBe('{"a":{"c":"甲","d":[true,null]},"b":1}');
  });

  it('refuses what JSON cannot represent', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(TypeError);
  });
});

describe('SM2 seal signatures', () => {
  const pair = generateSealKeyPair();
  const message = canonicalJson({ certificate: '1.2.156.3005.2.X', holder: '张三' });

  it('generates an uncompressed public key and a 32-byte private key', () => {
    expect(pair.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(pair.privateKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies what it signed, as raw r‖s hex', () => {
    const signature = signSm2({ ...pair, message });
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    expect(verifySm2({ publicKey: pair.publicKey, message, signature })).toBe(true);
  });

  it('verifies the GB/T 32918.5 Annex A sample signature ("message digest", default user id)', () => {
    const publicKey =
      '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' +
      'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13';
    const signature =
      'F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3' +
      'B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA';
    expect(verifySm2({ publicKey, message: 'message digest', signature })).toBe(true);
    expect(verifySm2({ publicKey, message: 'message digesT', signature })).toBe(false);
  });

  it('verifies a signature made by OpenSSL (dgst -sm3, distid 1234567812345678)', () => {
    const publicKey =
      '04818a005620a014e218891d3e3f185567bd3794754e3ee97748677d964b75dd6c' +
      '04a748df984817f0d1fb1c7f23f1ccd4bfaee5b53de31c584c46b7fa886297f3';
    const signature =
      '9495940206a441d38887c803f77af9236cc1c48ad862405ce7da564cdac41346' +
      '5f6c75414e15d04c8ec695b50ad6c67a05adf7bdb471d8a850adcedcce3e1fc2';
    expect(verifySm2({ publicKey, message: '印章 seal ✓', signature })).toBe(true);
  });

  it('rejects a changed message, a changed signature and another key', () => {
    const signature = signSm2({ ...pair, message });
    const other = generateSealKeyPair();
    expect(verifySm2({ publicKey: pair.publicKey, message: `${message} `, signature })).toBe(false);
    const flipped = signature.slice(0, 10) + (signature[10] === '0' ? '1' : '0') + signature.slice(11);
    expect(verifySm2({ publicKey: pair.publicKey, message, signature: flipped })).toBe(false);
    expect(verifySm2({ publicKey: other.publicKey, message, signature })).toBe(false);
  });

  it('answers false, never throws, on malformed signatures and public keys', () => {
    const signature = signSm2({ ...pair, message });
    const { publicKey } = pair;
    const notOnCurve = `04${'1'.repeat(128)}`;
    const orderN = 'fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123';
    for (const bad of ['', 'zz', signature.slice(0, 127), `${signature}00`, `${orderN}${signature.slice(64)}`]) {
      expect(verifySm2({ publicKey, message, signature: bad })).toBe(false);
    }
    for (const bad of ['', '04', notOnCurve, publicKey.slice(2), `${publicKey}00`, 'not hex']) {
      expect(verifySm2({ publicKey: bad, message, signature })).toBe(false);
    }
    expect(verifySm2({ publicKey: null as unknown as string, message, signature })).toBe(false);
  });

  it('refuses to sign with a public key that is not the private key’s', () => {
    const other = generateSealKeyPair();
    expect(() => signSm2({ privateKey: pair.privateKey, publicKey: other.publicKey, message })).toThrow(
      /does not belong/,
    );
    expect(() => signSm2({ privateKey: 'abc', publicKey: pair.publicKey, message })).toThrow(/64 hex/);
  });
});

describe('signature and key encodings', () => {
  const pair = generateSealKeyPair();
  const message = '{"name":"张三"}';
  const raw = signSm2({ ...pair, message });

  it('accepts the DER SM2Signature as hex or base64 as well as r‖s', () => {
    const der = derOfRawSignature(raw);
    expect(der[0]).toBe(0x30);
    expect(rawSignatureOf(der.toString('hex'))).toBe(raw);
    expect(rawSignatureOf(der.toString('base64'))).toBe(raw);
    expect(verifySm2({ publicKey: pair.publicKey, message, signature: der.toString('hex') })).toBe(true);
    expect(verifySm2({ publicKey: pair.publicKey, message, signature: der.toString('base64') })).toBe(true);
  });

  it('reads DER strictly: no padding, no trailing bytes, no wrong lengths', () => {
    const der = derOfRawSignature(raw);
    expect(rawSignatureOf(Buffer.concat([der, Buffer.from([0])]).toString('hex'))).toBeNull();
    expect(rawSignatureOf(der.subarray(0, -1).toString('hex'))).toBeNull();
    const padded = Buffer.concat([Buffer.from([0x30, der[1]! + 1, 0x02, der[3]! + 1, 0x00]), der.subarray(4)]);
    expect(rawSignatureOf(padded.toString('hex'))).toBeNull();
    expect(rawSignatureOf(raw.slice(2))).toBeNull();
    expect(rawSignatureOf(`${raw}00`)).toBeNull();
  });

  it('writes the public key as an SM2 SubjectPublicKeyInfo PEM and reads it back', () => {
    const pem = publicKeyPem(pair.publicKey);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAE/);
    expect(publicKeyOfPem(pem)).toEqual({ ok: true, publicKey: pair.publicKey });
  });

  it('names the curve of a PEM that is not SM2, and refuses text that is not a key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    const other = publicKeyOfPem(String(p256));
    expect(other.ok).toBe(false);
    expect(!other.ok && other.reason).toContain('prime256v1');
    expect(publicKeyOfPem('hello').ok).toBe(false);
  });
});

describe('SM4 key wrapping', () => {
  const wrapper = createKeyWrapper(generateMasterKey());
  const secret = generateSealKeyPair().privateKey;

  it('unwraps what it wrapped', () => {
    const wrapped = wrapper.wrap(secret);
    expect(wrapped).toMatch(/^sm4cbc-hmacsm3:v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(wrapped).not.toContain(secret);
    expect(wrapper.unwrap(wrapped)).toBe(secret);
    expect(wrapper.unwrap(wrapper.wrap('印章私钥'))).toBe('印章私钥');
  });

  it('uses a fresh IV for every value', () => {
    const first = wrapper.wrap(secret);
    const second = wrapper.wrap(secret);
    expect(first.split(':')[2]).not.toBe(second.split(':')[2]);
    expect(first).not.toBe(second);
  });

  it('throws on any edit of the wrapped text', () => {
    const wrapped = wrapper.wrap(secret);
    for (let i = 0; i < wrapped.length; i++) {
      const replacement = wrapped[i] === 'A' ? 'B' : 'A';
      const tampered = wrapped.slice(0, i) + replacement + wrapped.slice(i + 1);
      expect(() => wrapper.unwrap(tampered), `edit at ${i}`).toThrow(Error);
    }
    const [prefix, version, _iv, mac, body] = wrapped.split(':');
    const otherIv = wrapper.wrap(secret).split(':')[2];
    expect(() => wrapper.unwrap([prefix, version, otherIv, mac, body].join(':'))).toThrow(/integrity check/);
  });

  it('throws when unwrapping under another master key', () => {
    const wrapped = wrapper.wrap(secret);
    expect(() => createKeyWrapper(generateMasterKey()).unwrap(wrapped)).toThrow(/integrity check/);
  });

  it('names an unknown scheme instead of guessing', () => {
    const wrapped = wrapper.wrap(secret).replace('sm4cbc-hmacsm3:v1', 'sm4gcm:v2');
    expect(() => wrapper.unwrap(wrapped)).toThrow(/unsupported key-wrapping scheme "sm4gcm:v2"/);
  });
});

describe('master keys', () => {
  it('reads 32 hex characters or base64 of 16 bytes to the same key', () => {
    const key = generateMasterKey();
    expect(key).toHaveLength(16);
    expect(parseMasterKey(key.toString('hex')).equals(key)).toBe(true);
    expect(parseMasterKey(` ${key.toString('base64')}\n`).equals(key)).toBe(true);
  });

  it('rejects other lengths and placeholders without echoing the text', () => {
    expect(() => parseMasterKey('00112233445566778899aabbccddeeff00')).toThrow(/32 hex characters/);
    expect(() => parseMasterKey('c2VjcmV0')).toThrow(/base64 of 16 bytes/);
    expect(() => parseMasterKey('0'.repeat(32))).toThrow(/all zeros/);
    let message = '';
    try {
      parseMasterKey('my-secret-guess');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/master key/);
    expect(message).not.toContain('my-secret-guess');
  });

  it('refuses a master key of the wrong size', () => {
    expect(() => createKeyWrapper(Buffer.alloc(32, 1))).toThrow(/16 bytes/);
  });
});
