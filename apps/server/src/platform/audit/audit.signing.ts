import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import { signSm2, verifySm2, type SealKeyPair } from '../crypto/sm';

/**
 * What keeps someone with database access from rewriting the chain. The links alone need no
 * secret: change a row, recompute its hash and every later link, and the chain is whole again.
 * So the sealer signs each batch's head with an SM2 key kept outside the database, and the
 * platform publishes signed checkpoints of the head outside the database (a daily file under the
 * data directory, a message to an external witness). A rewrite then fails the signature of its
 * batch (or, with the batch signatures also forged, their key), and a deleted tail fails a
 * checkpoint the witness holds.
 *
 * Both messages are plain text, so an auditor can check them without this code (SM2 as GB/T
 * 38540 signs: SM3 over Z ‖ M, user id 1234567812345678):
 *
 *   batch      "yici-audit-batch/1|<first seq>|<last seq>|<link hash at last seq>|<sealed at ISO>"
 *   checkpoint "yici-audit-checkpoint/1|<seq>|<link hash at seq>|<made at ISO>"
 */
export type AuditSigner = SealKeyPair;

export type AuditBatchSeal = {
  firstSeq: number;
  lastSeq: number;
  headLink: string;
  sealedAt: Date;
  publicKey: string;
  signature: string;
};

export const CHECKPOINT_FORMAT = 'yici-audit-checkpoint/1';

/** A signed statement "the chain had this link at this position", kept outside the database. */
export type AuditCheckpoint = {
  format: typeof CHECKPOINT_FORMAT;
  seq: number;
  linkHash: string;
  at: string;
  publicKey: string;
  signature: string;
};

export function batchMessage(batch: Pick<AuditBatchSeal, 'firstSeq' | 'lastSeq' | 'headLink' | 'sealedAt'>): string {
  return `yici-audit-batch/1|${batch.firstSeq}|${batch.lastSeq}|${batch.headLink}|${batch.sealedAt.toISOString()}`;
}

export function checkpointMessage(checkpoint: Pick<AuditCheckpoint, 'seq' | 'linkHash' | 'at'>): string {
  return `${CHECKPOINT_FORMAT}|${checkpoint.seq}|${checkpoint.linkHash}|${checkpoint.at}`;
}

export function signBatch(signer: AuditSigner, batch: Omit<AuditBatchSeal, 'publicKey' | 'signature'>): AuditBatchSeal {
  const signature = signSm2({ ...signer, message: batchMessage(batch) });
  return { ...batch, publicKey: signer.publicKey, signature };
}

export function signCheckpoint(
  signer: AuditSigner,
  head: { seq: number; linkHash: string },
  at: Date,
): AuditCheckpoint {
  const unsigned = { seq: head.seq, linkHash: head.linkHash, at: at.toISOString() };
  const signature = signSm2({ ...signer, message: checkpointMessage(unsigned) });
  return { format: CHECKPOINT_FORMAT, ...unsigned, publicKey: signer.publicKey, signature };
}

/** Only a key the verifier trusts counts: the key a row names is the forger's to choose. */
export function isTrustedSignature(
  trustedKeys: readonly string[],
  signed: { publicKey: string; signature: string },
  message: string,
): boolean {
  const key = signed.publicKey.toLowerCase();
  if (!trustedKeys.some((trusted) => trusted.toLowerCase() === key)) return false;
  return verifySm2({ publicKey: key, message, signature: signed.signature });
}

const PRIVATE_KEY = /^[0-9a-fA-F]{64}$/;

export function auditSignerOf(privateKey: string): AuditSigner {
  const key = privateKey.trim().toLowerCase();
  if (!PRIVATE_KEY.test(key)) throw new Error('the audit signing key must be 64 hex characters (an SM2 private key)');
  return { privateKey: key, publicKey: sm2.getPublicKeyFromPrivateKey(key) };
}

/**
 * The audit signing key: from configuration (YICI_AUDIT_SIGNING_KEY), or generated once into the
 * data directory with a warning — a key on the database's own machine stops someone who has only
 * the database, not someone who has the machine.
 */
export function resolveAuditSigningKey(options: { configured: string | null; dataDir: string }): {
  signer: AuditSigner;
  warning: string | null;
} {
  if (options.configured) return { signer: auditSignerOf(options.configured), warning: null };
  const file = path.join(options.dataDir, 'audit-signing.key');
  const warning = `审计日志签名密钥保存在 ${file}；生产环境请通过 YICI_AUDIT_SIGNING_KEY 提供，并保存在数据库以外 (audit signing key kept beside the data)`;
  if (existsSync(file)) return { signer: auditSignerOf(readFileSync(file, 'utf8')), warning };
  mkdirSync(options.dataDir, { recursive: true });
  const { privateKey } = sm2.generateKeyPairHex();
  writeFileSync(file, `${privateKey}\n`, { mode: 0o600 });
  return { signer: auditSignerOf(privateKey), warning };
}
