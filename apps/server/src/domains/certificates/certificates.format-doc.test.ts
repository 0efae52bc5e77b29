import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, derOfRawSignature, publicKeyOfPem, sm3Hex, verifySm2 } from '../../platform/crypto/sm';
import { checkDocument, type SignedDocument } from './certificates.document';

/** docs/certificate-format.md's worked example is a real certificate: it verifies, here and with OpenSSL. */
const page = readFileSync(path.join(__dirname, '../../../../../docs/certificate-format.md'), 'utf8');

function example(name: string): string {
  const match = new RegExp(`<!-- example:${name} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(page);
  if (!match) throw new Error(`docs/certificate-format.md has no example:${name} block`);
  return match[1]!;
}

const doc = JSON.parse(example('document')) as SignedDocument;
const pem = `${example('seal-pem')}\n`;
const canonical = example('canonical');

describe('the worked example of docs/certificate-format.md', () => {
  it('shows the canonical bytes and the digest of its content', () => {
    expect(canonicalJson(doc.content)).toBe(canonical);
    expect(sm3Hex(canonical)).toBe(example('digest'));
    expect(doc.contentHash).toBe(example('digest'));
  });

  it('verifies with the PEM key it shows, by this platform’s check', () => {
    const key = publicKeyOfPem(pem);
    expect(key.ok).toBe(true);
    const publicKey = key.ok ? key.publicKey : '';
    expect(verifySm2({ publicKey, message: canonical, signature: doc.signature })).toBe(true);
    const seal = {
      id: doc.content.sealId,
      ownerUscc: doc.content.issuer.uscc,
      ownerName: doc.content.issuer.name,
      publicKey,
      validFrom: '2026-11-27',
      validTo: null,
      status: 'active' as const,
      retiredAt: null,
      revokedAt: null,
    };
    expect(checkDocument(doc, { seals: () => seal, today: '2026-11-28' }).reasons).toEqual([]);
  });

  it('verifies with the OpenSSL command it shows, and fails with one byte changed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yici-format-'));
    writeFileSync(path.join(dir, 'seal.pem'), pem);
    writeFileSync(path.join(dir, 'sig.der'), derOfRawSignature(doc.signature));
    writeFileSync(path.join(dir, 'canonical.json'), canonical);
    writeFileSync(path.join(dir, 'changed.json'), canonical.replace('张三', '张四'));
    const verify = (file: string) =>
      spawnSync(
        process.env.OPENSSL ?? 'openssl',
        ['pkeyutl', '-verify', '-pubin', '-inkey', 'seal.pem', '-rawin', '-in', file, '-sigfile', 'sig.der'].concat([
          '-digest',
          'sm3',
          '-pkeyopt',
          'distid:1234567812345678',
        ]),
        { cwd: dir, encoding: 'utf8' },
      );
    const good = verify('canonical.json');
    expect(good.stdout).toContain('Signature Verified Successfully');
    expect(good.status).toBe(0);
    expect(verify('changed.json').status).toBe(1);
  });
});
