import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../platform/crypto/sm';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { DEMO_RESIDENTS } from '../registries/registries.demo';

/*
 * An outside implementation in the tests: certificates of several types and an annotated copy are
 * verified with the OpenSSL command line exactly as docs/certificate-format.md tells a third party
 * to, from the downloaded documents and the published PEM keys alone. A one-byte change in the
 * content, the signature or the PDF fails there too. The canonical bytes come from our RFC 8785
 * implementation, which jcs.test.ts holds to the RFC's published examples.
 *
 * OpenSSL 3 is required (SM2 with a distinguishing id); scripts/test.mjs installs Debian's openssl
 * when it is missing, and OPENSSL names another binary.
 */
const OPENSSL = process.env.OPENSSL ?? 'openssl';
const DISTID = 'distid:1234567812345678';

let t: TestApp;
let zhang: TestSession;
let approver: TestSession;
let dir: string;
let seals: { id: string; publicKeyPem: string }[];

beforeAll(async () => {
  t = await openTestApp();
  zhang = await sessionForAccount(t.database.db, 'demo-person-zhangsan', t.clock.now());
  approver = await createTestSession(
    t.database.db,
    { kind: 'staff', roles: ['approver'], regionCode: '3701' },
    t.clock.now(),
  );
  dir = mkdtempSync(path.join(os.tmpdir(), 'yici-openssl-'));
});
afterAll(async () => t?.close());

async function call(method: 'GET' | 'POST', url: string, session: TestSession | null, payload?: unknown) {
  const response = await t.app.inject({ method, url, headers: session?.headers ?? {}, payload: payload as string });
  return {
    status: response.statusCode,
    body: response.body ? safeJson(response.body) : null,
    raw: response.rawPayload,
  };
}
const safeJson = (text: string) => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
};

/** Runs OpenSSL; the exit status and what it printed. */
function openssl(args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(OPENSSL, args, { cwd: dir, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** r ‖ s (128 hex) → DER with OpenSSL itself (asn1parse -genconf), as the format document shows. */
function derFile(name: string, signature: string): string {
  writeFileSync(
    path.join(dir, `${name}.cnf`),
    `asn1=SEQUENCE:sig\n[sig]\nr=INTEGER:0x${signature.slice(0, 64)}\ns=INTEGER:0x${signature.slice(64)}\n`,
  );
  const made = openssl(['asn1parse', '-genconf', `${name}.cnf`, '-out', `${name}.der`, '-noout']);
  expect(made.output).toBe('');
  return `${name}.der`;
}

function pemOf(sealId: string): string {
  const seal = seals.find((s) => s.id === sealId);
  expect(seal, `seal ${sealId} is published`).toBeDefined();
  writeFileSync(path.join(dir, `${sealId}.pem`), seal!.publicKeyPem);
  return `${sealId}.pem`;
}

/** `openssl pkeyutl -verify` of the signed bytes against the seal's published PEM. */
function verifyWithOpenssl(name: string, bytes: Buffer, signature: string, sealId: string) {
  writeFileSync(path.join(dir, `${name}.bin`), bytes);
  return openssl([
    'pkeyutl',
    '-verify',
    '-pubin',
    '-inkey',
    pemOf(sealId),
    '-rawin',
    '-in',
    `${name}.bin`,
    '-sigfile',
    derFile(name, signature),
    '-digest',
    'sm3',
    '-pkeyopt',
    DISTID,
  ]);
}

const flipLastHexDigit = (hex: string) => hex.replace(/.$/, (c) => (c === '0' ? '1' : '0'));

describe('OpenSSL verifies Yici certificates', () => {
  it('is OpenSSL 3 with SM2 and SM3', () => {
    const version = openssl(['version']);
    expect(version.output).toMatch(/^OpenSSL 3\./);
  });

  const documents: { name: string; json: Record<string, unknown> & { content: object; contentHash: string } }[] = [];

  it('downloads certificates of several types: Chinese text, decimals, nested content, an annotated copy', async () => {
    seals = (await call('GET', '/api/seals', null)).body as unknown as typeof seals;
    const wallet = (await call('GET', '/api/me/certificates', zhang)).body as unknown as {
      identifier: string;
      type: { slug: string };
    }[];
    const card = wallet.find((c) => c.type.slug === 'identity_card')!;
    const register = wallet.find((c) => c.type.slug === 'household_register')!;
    const title = await call('POST', '/api/certificates', approver, {
      type: 'real_estate_title',
      issuerDepartmentId: '3701-approval_bureau',
      data: {
        certificateNumber: '鲁（2026）济南市不动产权第0001234号',
        obligee: DEMO_RESIDENTS.zhangSan.name,
        obligeeIdNumber: DEMO_RESIDENTS.zhangSan.idNumber,
        coOwnership: 'sole',
        location: '济南市历下区泉城路1号“泉城广场”东侧 3-2-501',
        unitNumber: '370102001001GB00001F00010001',
        rightType: 'land_and_building',
        rightNature: '市场化商品房',
        usage: '城镇住宅用地/住宅',
        // Decimals as JSON numbers: 0.1 + 0.2 is 0.30000000000000004 in ECMAScript's number form.
        landAreaSqm: 0.1 + 0.2,
        buildingAreaSqm: 89.5,
        registeredOn: '2026-11-20',
      },
    });
    expect(title.status).toBe(201);
    const expiresOn = '2026-12-20';
    const copy = await call('POST', `/api/certificates/${card.identifier}/copies`, zhang, {
      purpose: '办理公积金提取',
      expiresOn,
    });
    expect(copy.status).toBe(201);
    for (const [name, id, session] of [
      ['card', card.identifier, zhang],
      ['register', register.identifier, zhang],
      ['title', title.body!.identifier as string, approver],
      ['copy', copy.body!.id as string, zhang],
    ] as const) {
      const json = (await call('GET', `/api/documents/${id}/json`, session)).body as (typeof documents)[number]['json'];
      writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(json));
      writeFileSync(path.join(dir, `${name}.pdf`), (await call('GET', `/api/documents/${id}/pdf`, session)).raw);
      documents.push({ name, json });
    }
    expect(canonicalJson(documents[2]!.json.content)).toContain('"landAreaSqm":0.30000000000000004');
    expect(documents[3]!.json.annotation).not.toBeNull();
  });

  it('checks each content signature, and the SM3 digest of the canonical bytes', () => {
    for (const { name, json } of documents) {
      const doc = json as unknown as { content: { sealId: string }; contentHash: string; signature: string };
      const canonical = Buffer.from(canonicalJson(doc.content), 'utf8');
      const verified = verifyWithOpenssl(`${name}-content`, canonical, doc.signature, doc.content.sealId);
      expect(verified.output, name).toContain('Signature Verified Successfully');
      expect(verified.ok, name).toBe(true);
      const digest = openssl(['dgst', '-sm3', '-r', `${name}-content.bin`]).output.split(' ')[0];
      expect(digest, name).toBe(doc.contentHash);
    }
  });

  it('checks the annotation of the annotated copy with the platform seal', () => {
    const copy = documents.find((d) => d.name === 'copy')!.json as unknown as {
      annotation: { content: { sealId: string }; signature: string };
    };
    const canonical = Buffer.from(canonicalJson(copy.annotation.content), 'utf8');
    const verified = verifyWithOpenssl(
      'copy-annotation',
      canonical,
      copy.annotation.signature,
      copy.annotation.content.sealId,
    );
    expect(verified.ok).toBe(true);
  });

  it('fails on a one-byte change of the content or the signature', () => {
    for (const { name, json } of documents) {
      const doc = json as unknown as { content: { sealId: string }; signature: string };
      const canonical = Buffer.from(canonicalJson(doc.content), 'utf8');
      const changed = Buffer.from(canonical);
      const at = changed.indexOf('"name":"') + 8;
      changed[at] = changed[at]! ^ 0x01;
      expect(verifyWithOpenssl(`${name}-changed`, changed, doc.signature, doc.content.sealId).ok, name).toBe(false);
      const badSignature = flipLastHexDigit(doc.signature);
      expect(verifyWithOpenssl(`${name}-badsig`, canonical, badSignature, doc.content.sealId).ok, name).toBe(false);
    }
  });

  it('reads the embedded certificate out of each PDF with the shell commands the format document shows', () => {
    for (const { name, json } of documents) {
      const script = [
        `set -e; f=${name}.pdf`,
        `n=$(grep -a -o '/YiciCertificate [0-9]* 0 R' "$f" | cut -d' ' -f2)`,
        `grep -a -A1 "^$n 0 obj" "$f" | tail -1 | sed 's/^(//; s/)$//' | base64 -d`,
      ].join('\n');
      const embedded = execFileSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
      expect(JSON.parse(embedded), name).toEqual(json);
    }
  });

  it('checks each PDF as a whole file with head, tail and OpenSSL, and fails on one changed byte', () => {
    for (const { name } of documents) {
      const pdf = readFileSync(path.join(dir, `${name}.pdf`));
      // As docs/certificate-format.md shows: the ranges, the bytes they cover, the signature, the seal.
      const script = [
        `set -e; f=${name}.pdf`,
        `set -- $(grep -a -o '/ByteRange \\[[0-9 ]*\\]' "$f" | sed 's/[^0-9 ]//g')`,
        `{ head -c "$2" "$f"; tail -c "$4" "$f"; } > ${name}-file.bin`,
        `grep -a -o '/Contents <[0-9a-f]\\{128\\}>' "$f" | sed 's/.*<\\(.*\\)>/\\1/' > ${name}-file.sig`,
        `grep -a -o '/SealId ([^)]*)' "$f" | sed 's|/SealId (\\(.*\\))|\\1|'`,
      ].join('\n');
      const sealId = execFileSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' }).trim();
      const signature = readFileSync(path.join(dir, `${name}-file.sig`), 'utf8').trim();
      const signed = readFileSync(path.join(dir, `${name}-file.bin`));
      expect(signed.length, name).toBe(pdf.length - 130);
      expect(verifyWithOpenssl(`${name}-file`, signed, signature, sealId).ok, name).toBe(true);
      const changed = Buffer.from(signed);
      changed[2000] = changed[2000]! ^ 0x01;
      expect(verifyWithOpenssl(`${name}-file-changed`, changed, signature, sealId).ok, name).toBe(false);
    }
  });
});
