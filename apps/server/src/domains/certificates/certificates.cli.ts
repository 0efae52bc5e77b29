import { readFileSync } from 'node:fs';
import { SealSchema } from '@yici/contracts';
import { z } from 'zod';
import { checkDocument, type PublishedSeal } from './certificates.document';
import { parseFile } from './certificates.views';

/**
 * `yici cert verify <file> --keys <seals.json>`: checks a downloaded certificate (PDF or JSON)
 * offline against the published seals (GET /api/seals saved to a file). Revocation needs the
 * platform: offline, only the signature, the seal and the expiry are checked, and it says so.
 */
export function runCertVerify(options: {
  file: string;
  keys: string;
  today: string;
  write?: (line: string) => void;
}): number {
  const write = options.write ?? ((line: string) => console.log(line));
  let doc;
  try {
    doc = parseFile(readFileSync(options.file));
  } catch {
    write(`✗ ${options.file}：不是本平台签发的电子证照 (not a Yici certificate)`);
    return 1;
  }
  const published = z.array(SealSchema).parse(JSON.parse(readFileSync(options.keys, 'utf8')));
  const seals = new Map<string, PublishedSeal>(
    published.map((s) => [
      s.id,
      {
        id: s.id,
        ownerUscc: s.ownerUscc,
        ownerName: s.ownerName,
        publicKey: s.publicKey,
        validFrom: s.validFrom,
        validTo: s.validTo,
        status: s.status,
        retiredAt: s.revokedAt,
      },
    ]),
  );
  const check = checkDocument(doc, {
    seals: (id) => seals.get(id) ?? null,
    today: options.today,
  });
  const c = doc.content;
  write(`${check.valid ? '✓ 有效 VALID' : '✗ 无效 INVALID'}  ${c.type.name}  ${c.identifier}`);
  write(`  持证主体 holder: ${c.holder.name}    签发机构 issuer: ${c.issuer.name}`);
  write(
    `  电子印章 seal: ${check.seal ? `${check.seal.ownerName} (${check.seal.id})` : '未知 unknown'}    签名 signature: ${check.signatureValid ? '有效 valid' : '无效 invalid'}`,
  );
  write(`  有效期 validity: ${c.validFrom} — ${c.validTo ?? '长期'}`);
  if (doc.annotation)
    write(`  加注 annotation: 仅供${doc.annotation.content.purpose}使用，有效期至 ${doc.annotation.content.expiresOn}`);
  for (const reason of check.reasons) write(`  ✗ ${reason.code}: ${reason.message}`);
  write('  离线核验不含注销状态；在线核验请访问平台核验页面 (offline: revocation is not checked)');
  return check.valid ? 0 : 1;
}
