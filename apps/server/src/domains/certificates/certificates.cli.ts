import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { publicKeyOfPem } from '../../platform/crypto/sm';
import { DomainError } from '../../platform/errors';
import { checkDocument, type PublishedSeal } from './certificates.document';
import { checkFileSignature } from './certificates.pdf-signature';
import { parseFile, type ParsedFile } from './certificates.views';

/** A seal as `GET /api/seals` publishes it; older saved lists without PEM or retirement fields still read. */
const SavedSealSchema = z.object({
  id: z.string(),
  ownerUscc: z.string(),
  ownerName: z.string(),
  publicKey: z.string().optional(),
  publicKeyPem: z.string().optional(),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable(),
  status: z.enum(['active', 'rotated', 'revoked']),
  retiredAt: z.iso.datetime().nullable().optional(),
  revokedAt: z.iso.datetime().nullable().optional(),
});

/** Why the keys file cannot be used; the verifier is told instead of seeing a stack trace. */
class KeysProblem extends Error {}

/**
 * The published seals from the keys file: the saved `GET /api/seals` list. A seal's PEM, when
 * given, must be an SM2 key and the same key as its hex form.
 */
function readSeals(keysFile: string): Map<string, PublishedSeal> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(keysFile, 'utf8'));
  } catch (error) {
    const text = (() => {
      try {
        return readFileSync(keysFile, 'utf8');
      } catch {
        return null;
      }
    })();
    if (text?.includes('-----BEGIN')) {
      const pem = publicKeyOfPem(text);
      throw new KeysProblem(
        pem.ok
          ? '只给了一个公钥：请使用 GET /api/seals 保存的印章清单（含印章编号与有效期）'
          : `公钥不可用：${pem.reason}`,
      );
    }
    throw new KeysProblem(`无法读取印章清单：${(error as Error).message}`);
  }
  const parsed = z.array(SavedSealSchema).safeParse(json);
  if (!parsed.success) throw new KeysProblem('印章清单格式不正确（应为 GET /api/seals 的 JSON 数组）');
  return new Map(parsed.data.map((seal) => [seal.id, publishedOf(seal)]));
}

function publishedOf(seal: z.infer<typeof SavedSealSchema>): PublishedSeal {
  let publicKey = seal.publicKey?.toLowerCase() ?? null;
  if (seal.publicKeyPem !== undefined) {
    const pem = publicKeyOfPem(seal.publicKeyPem);
    if (!pem.ok) throw new KeysProblem(`印章 ${seal.id} 的公钥不可用：${pem.reason}`);
    if (publicKey !== null && publicKey !== pem.publicKey)
      throw new KeysProblem(`印章 ${seal.id} 的 publicKey 与 publicKeyPem 不是同一个公钥`);
    publicKey = pem.publicKey;
  }
  if (publicKey === null) throw new KeysProblem(`印章 ${seal.id} 没有公钥`);
  return {
    id: seal.id,
    ownerUscc: seal.ownerUscc,
    ownerName: seal.ownerName,
    publicKey,
    validFrom: seal.validFrom,
    validTo: seal.validTo,
    status: seal.status,
    retiredAt: seal.retiredAt ?? null,
    // A list saved before revocation instants were published: a revoked seal is taken as revoked
    // from its retirement, which is what such a list meant.
    revokedAt: seal.revokedAt ?? (seal.status === 'revoked' ? (seal.retiredAt ?? null) : null),
  };
}

function readDocument(file: string): ParsedFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new KeysProblem(`无法读取文件：${(error as Error).message}`);
  }
  try {
    return parseFile(bytes);
  } catch (error) {
    if (error instanceof DomainError)
      throw new KeysProblem(`${error.title}${error.detail ? `：${error.detail}` : ''} (${error.code})`);
    throw error;
  }
}

/**
 * `yici cert verify <file> --keys <seals.json>`: checks a downloaded certificate (PDF or JSON)
 * offline against the published seals (GET /api/seals saved to a file). A PDF is checked as a
 * whole file too. Revocation of the certificate needs the platform: offline, only the signatures,
 * the seals and the expiry are checked, and it says so. Exit code 0 valid, 1 invalid, 2 when the
 * file or the keys cannot be used at all (with the reason).
 */
export function runCertVerify(options: {
  file: string;
  keys: string;
  today: string;
  write?: (line: string) => void;
}): number {
  const write = options.write ?? ((line: string) => console.log(line));
  let parsed: ParsedFile;
  let seals: Map<string, PublishedSeal>;
  try {
    parsed = readDocument(options.file);
    seals = readSeals(options.keys);
  } catch (error) {
    if (!(error instanceof KeysProblem)) throw error;
    write(`✗ 无法核验 CANNOT VERIFY  ${options.file}：${error.message}`);
    return 2;
  }
  const { doc, pdf } = parsed;
  const lookup = (id: string) => seals.get(id) ?? null;
  const check = checkDocument(doc, { seals: lookup, today: options.today });
  const file = pdf ? checkFileSignature(pdf, { seals: lookup }) : null;
  const reasons = [...(file?.reasons ?? []), ...check.reasons];
  const valid = reasons.length === 0;
  const c = doc.content;
  write(`${valid ? '✓ 有效 VALID' : '✗ 无效 INVALID'}  ${c.type?.name ?? ''}  ${c.identifier}`);
  write(`  持证主体 holder: ${c.holder?.name ?? ''}    签发机构 issuer: ${c.issuer?.name ?? ''}`);
  write(
    `  电子印章 seal: ${check.seal ? `${check.seal.ownerName} (${check.seal.id})` : '未知 unknown'}    签名 signature: ${check.signatureValid ? '有效 valid' : '无效 invalid'}`,
  );
  if (file) write(`  PDF 文件签名 file signature: ${file.reasons.length === 0 ? '完整 intact' : '不通过 failed'}`);
  write(`  有效期 validity: ${c.validFrom} — ${c.validTo ?? '长期'}`);
  if (doc.annotation)
    write(`  加注 annotation: 仅供${doc.annotation.content.purpose}使用，有效期至 ${doc.annotation.content.expiresOn}`);
  for (const reason of reasons) write(`  ✗ ${reason.code}: ${reason.message}`);
  write('  离线核验不含注销状态；在线核验请访问平台核验页面 (offline: revocation is not checked)');
  return valid ? 0 : 1;
}
