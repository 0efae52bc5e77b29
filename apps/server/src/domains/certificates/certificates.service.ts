import { isSimulated } from '../../platform/simulated-mark';
import { createMemo } from '../../platform/memo';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Certificate, Disclosure, VerificationResult } from '@yici/contracts';
import type { RequestContext } from '../../platform/actor';
import { requireAccess } from '../../platform/access/access';
import { chinaDate, type Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import { canonicalJson, signSm2 } from '../../platform/crypto/sm';
import type { AuditPort, EventsPort, NetworkPort, RegistriesPort } from './certificates.deps';
import {
  checkDocument,
  hashContent,
  type AnnotationContent,
  type CertificateContent,
  type SignedDocument,
} from './certificates.document';
import { certificatesErrors } from './certificates.errors';
import { certificateEvents, certificates } from './certificates.tables';
import { insertRow, writeAll, type Statement } from '../../platform/db/write-batch';
import { buildCertificateIdentifier, parseCertificateIdentifier } from './certificates.identifier';
import { renderCertificatePdf } from './certificates.pdf';
import { renderSealedReportPdf, type SealedReportInput } from './certificates.report-pdf';
import { checkFileSignature, fileSignatureSealId } from './certificates.pdf-signature';
import { createCertificatesRepository, type CertificateRow, type CopyRow } from './certificates.repository';
import type { SealRow, SealService } from './certificates.seals';
import { certificateTypeBySlug, validateCertificateData, type CertificateTypeDefinition } from './certificates.types';
import {
  documentOf,
  holderResource,
  parseFile,
  parseQr,
  printedFields,
  publishedSeal,
  reasonsWithoutDetail,
  sealView,
  signedDocumentOf,
  typeRef,
  validityOf,
} from './certificates.views';
import { hashShareCode, newShareCode, normaliseShareCode, shareLink } from './certificates.share-codes';

export type Issuer = { uscc: string; name: string; regionCode: string };
export type HolderRef = { kind: 'person' | 'legal_person'; id: string };

export type CertificatesDeps = {
  db: Db;
  clock: Clock;
  seals: SealService;
  audit: AuditPort;
  registries: RegistriesPort;
  network: NetworkPort;
  /** The event outbox for department systems; without it no certificate events are shared. */
  events?: EventsPort;
  /** Where the public verify page lives, printed in QR codes. */
  publicUrl: string;
  /** The platform's own body: it signs annotated copies. */
  platformBody: Issuer;
  /** Keep verified signatures in memory (YICI_CACHES); on unless said. */
  caches?: boolean;
};

const ISSUE_PURPOSE = '电子证照签发';

const anonymousContext = (): RequestContext => ({ actor: { kind: 'anonymous' }, requestId: randomUUID(), ip: null });

/** The QR link's 16 hex digits against the registered hash, in constant time. */
function prefixMatches(contentHash: string, prefix: string): boolean {
  const expected = Buffer.from(contentHash.slice(0, prefix.length));
  return expected.length === prefix.length && timingSafeEqual(expected, Buffer.from(prefix));
}

/** Electronic certificates: issue, read, verify, revoke, replace, renew, annotated copies, reuse. */
export function createCertificateService(deps: CertificatesDeps) {
  const { db, clock, seals, audit, registries, network } = deps;
  const baseRepo = createCertificatesRepository(db);
  // An SM2 check is the dearest part of a verification and its answer depends only on the seal's
  // key, the content hash and the signature, which form the key: a certificate version is checked
  // once. Its status (revoked, replaced) and the seal's are read live on every request, so a
  // memo can never make a revoked or replaced certificate look valid.
  const verifiedSignatures = createMemo<boolean>({ max: 50_000, enabled: deps.caches ?? true });

  function statusOf(row: CertificateRow, today = clock.today()): Certificate['status'] {
    if (row.status !== 'valid') return row.status;
    return row.validTo !== null && row.validTo < today ? 'expired' : 'valid';
  }

  async function view(row: CertificateRow, knownSeal?: SealRow): Promise<Certificate> {
    const seal = knownSeal ?? (await seals.getSeal(row.sealId));
    const type = certificateTypeBySlug(row.typeSlug);
    return {
      identifier: row.identifier,
      type: typeRef(row),
      holder: { kind: row.holderKind, id: row.holderId, name: row.holderName },
      issuer: { uscc: row.issuerUscc, name: row.issuerName },
      data: row.data,
      issuedAt: row.issuedAt.toISOString(),
      validFrom: row.validFrom,
      validTo: row.validTo,
      status: statusOf(row),
      seal: { id: seal.id, ownerName: seal.ownerName },
      contentHash: row.contentHash,
      signature: row.signature,
      credibility: type?.credibility ?? 'A',
      replacedBy: row.replacedBy,
      revokedReason: row.revokedReason,
    };
  }

  /** Holders see their own (or their entity's); staff see what their region issued. */
  async function requireReadable(
    context: RequestContext,
    row: CertificateRow | null,
    identifier: string,
  ): Promise<CertificateRow> {
    if (!row) throw certificatesErrors.notFound(identifier);
    const actor = context.actor;
    if (actor.kind === 'staff')
      requireAccess(context, 'certificate:read', { kind: 'region', regionCode: row.issuerRegionCode });
    else requireAccess(context, 'certificate:read_own', holderResource(row));
    return row;
  }

  /** Names from the registry must match the holder the data names: a certificate is never issued to nobody. */
  async function confirmHolder(
    tx: DbOrTx,
    context: RequestContext,
    type: CertificateTypeDefinition,
    data: Record<string, unknown>,
    caseId: string | null,
    pending: Statement[],
  ) {
    const holder = type.holderOf(data);
    // The read's log row is written with the certificate: it commits if and only if the certificate does.
    const reg = registries.withTx(tx).logInto(pending);
    try {
      const record =
        holder.kind === 'person'
          ? await reg.readPerson(context, { idNumber: holder.id, purpose: ISSUE_PURPOSE, caseId, fields: ['name'] })
          : await reg.readEntity(context, { uscc: holder.id, purpose: ISSUE_PURPOSE, caseId, fields: ['name'] });
      if (record.name !== holder.name)
        throw certificatesErrors.holderUnknown(`证照数据中的名称“${holder.name}”与登记名称不一致`);
    } catch (error) {
      if ((error as { code?: string }).code?.endsWith('_NOT_FOUND')) {
        throw certificatesErrors.holderUnknown(`${holder.kind === 'person' ? '人口库' : '法人库'}中没有 ${holder.id}`);
      }
      throw error;
    }
    return holder;
  }

  /**
   * One transaction: validate, identify, canonicalise, hash (SM3), sign (SM2), store, record. Three
   * statements: the holder's registry record, the seal with the serial, and one write of the
   * certificate, its event, its audit entry and the read's log row. Given `pending`, that write is
   * left to the caller (appended there), as `confirmUse` does.
   */
  async function issueIn(
    tx: DbOrTx,
    context: RequestContext,
    input: { type: string; data: unknown; issuer: Issuer; caseId?: string | null; validFrom?: string },
    pending?: Statement[],
  ): Promise<CertificateRow> {
    requireAccess(context, 'certificate:issue', { kind: 'region', regionCode: input.issuer.regionCode });
    const type = certificateTypeBySlug(input.type);
    if (!type) throw certificatesErrors.typeUnknown(input.type);
    const validated = validateCertificateData(type.slug, input.data);
    if (!validated.ok) throw certificatesErrors.dataInvalid(validated.issues);
    const caseId = input.caseId ?? null;
    const writes: Statement[] = pending ?? [];
    const holder = await confirmHolder(tx, context, type, validated.data, caseId, writes);
    const { seal, serial } = await seals.signingSealAndSerial(tx, input.issuer);
    const today = clock.today();
    if (seal.validTo !== null && seal.validTo < today) throw certificatesErrors.sealNotUsable(seal.ownerName);
    const identifier = buildCertificateIdentifier({
      typeCode: type.code,
      issuerUscc: input.issuer.uscc,
      serial,
      version: 1,
    });
    const issuedAt = clock.now();
    const validFrom = input.validFrom ?? today;
    const content: CertificateContent = {
      identifier,
      type: { slug: type.slug, code: type.code, name: type.name },
      holder,
      issuer: { uscc: input.issuer.uscc, name: input.issuer.name },
      data: validated.data,
      issuedAt: issuedAt.toISOString(),
      validFrom,
      validTo: type.validToFor(validated.data, validFrom),
      sealId: seal.id,
    };
    const canonical = canonicalJson(content);
    const row: CertificateRow = {
      identifier,
      typeSlug: type.slug,
      typeCode: type.code,
      holderKind: holder.kind,
      holderId: holder.id,
      holderName: holder.name,
      issuerUscc: input.issuer.uscc,
      issuerName: input.issuer.name,
      issuerRegionCode: input.issuer.regionCode,
      data: validated.data,
      issuedAt,
      validFrom,
      validTo: content.validTo,
      sealId: seal.id,
      contentHash: hashContent(content),
      signature: signSm2({ privateKey: seal.privateKey, publicKey: seal.publicKey, message: canonical }),
      status: 'valid',
      revokedAt: null,
      revokedReason: null,
      replacedBy: null,
      caseId,
    };
    writes.push(
      insertRow(certificates, row),
      ...eventStatements(context, row.identifier, 'issued', {
        caseId,
        details: { type: type.slug, holder: holder.id },
      }),
    );
    if (!pending) await writeAll(tx, writes);
    return row;
  }

  /** A certificate's event and its audit entry, as statements for one write. */
  function eventStatements(
    context: RequestContext,
    identifier: string,
    kind: string,
    extra: { purpose?: string | null; caseId?: string | null; details?: Record<string, unknown> } = {},
  ): Statement[] {
    return [
      insertRow(certificateEvents, {
        identifier,
        kind,
        at: clock.now(),
        actorLabel:
          context.actor.kind === 'person' || context.actor.kind === 'staff' ? context.actor.name : context.actor.kind,
        purpose: extra.purpose ?? null,
        caseId: extra.caseId ?? null,
        details: extra.details ?? {},
      }),
      audit.recordStatement(context, {
        action: `certificates.certificate.${kind}`,
        subjectType: 'certificate',
        subjectId: identifier,
        purpose: extra.purpose ?? null,
        caseId: extra.caseId ?? null,
        details: extra.details,
      }),
    ];
  }

  async function recordEvent(
    tx: DbOrTx,
    context: RequestContext,
    identifier: string,
    kind: string,
    extra: { purpose?: string | null; caseId?: string | null; details?: Record<string, unknown> } = {},
  ) {
    await writeAll(tx, eventStatements(context, identifier, kind, extra));
  }

  /**
   * A certificate event for department systems, from this domain's own issue, revoke and replace
   * (a case's certificates are shared from its timeline). It names the certificate, its type and
   * issuer, never the holder: a receiver with a duty to know asks the look-up, which is logged.
   */
  function sharedEventStatements(
    type: 'certificate.issued' | 'certificate.revoked' | 'certificate.replaced',
    row: Pick<CertificateRow, 'identifier' | 'typeSlug' | 'issuerUscc' | 'issuerRegionCode'>,
    extra: { departmentId?: string | null; successor?: string } = {},
  ): Statement[] {
    if (!deps.events) return [];
    return [
      deps.events.eventStatement({
        type,
        regionCode: row.issuerRegionCode,
        departmentId: extra.departmentId ?? null,
        payload: {
          identifier: row.identifier,
          type: row.typeSlug,
          issuerUscc: row.issuerUscc,
          regionCode: row.issuerRegionCode,
          ...(extra.successor ? { successor: extra.successor } : {}),
        },
      }),
    ];
  }

  /** Ends a valid certificate (revoked or replaced by a successor) under a row lock. */
  async function retireIn(tx: DbOrTx, identifier: string, changes: Partial<CertificateRow>): Promise<CertificateRow> {
    const repo = createCertificatesRepository(tx);
    const row = await repo.findCertificate(identifier, { forUpdate: true });
    if (!row) throw certificatesErrors.notFound(identifier);
    if (row.status !== 'valid') throw certificatesErrors.notValid(identifier, row.status);
    await repo.updateCertificate(identifier, changes);
    return row;
  }

  /**
   * What a new certificate does to the valid ones of the same subject, by its type's rule (a
   * transfer cancels the seller's title naming the buyer's, a change replaces the old licence, a
   * second marriage certificate is refused). Runs in the transaction that issues `successor`; the
   * old rows are locked here and their changes, events and audit entries go to `pending` (or are
   * written at once). Returns the identifiers it ended.
   */
  async function supersedeIn(
    tx: DbOrTx,
    context: RequestContext,
    successor: CertificateRow,
    options: { caseId?: string | null; pending?: Statement[] } = {},
  ): Promise<{ identifier: string; status: 'revoked' | 'replaced'; reason: string }[]> {
    const type = certificateTypeBySlug(successor.typeSlug);
    const rule = type?.supersession;
    if (!type || !rule) return [];
    const subject = rule.subject;
    const value = subject === 'holder' ? null : successor.data[subject.field];
    if (subject !== 'holder' && typeof value !== 'string') return [];
    const current = await createCertificatesRepository(tx).lockValidBySubject({
      typeSlug: type.slug,
      holder: subject === 'holder' ? { kind: successor.holderKind, id: successor.holderId } : undefined,
      field: subject === 'holder' ? undefined : { name: subject.field, value: value as string },
    });
    const superseded = current.filter((row) => row.identifier !== successor.identifier);
    if (superseded.length === 0) return [];
    if (rule.effect === 'exclusive')
      throw certificatesErrors.subjectAlreadyHolds(type.name, superseded[0]!.identifier, rule.basis);
    const status = rule.effect === 'transfer' ? ('revoked' as const) : ('replaced' as const);
    const caseId = options.caseId ?? successor.caseId;
    const writes: Statement[] = options.pending ?? [];
    const repo = createCertificatesRepository(tx);
    for (const old of superseded)
      writes.push(
        repo.endValidStatement(old.identifier, {
          status,
          revokedAt: clock.now(),
          revokedReason: rule.reason,
          replacedBy: successor.identifier,
        }),
        ...eventStatements(context, old.identifier, status === 'revoked' ? 'cancelled' : 'replaced', {
          purpose: rule.reason,
          caseId,
          details: { successor: successor.identifier, basis: rule.basis },
        }),
      );
    if (!options.pending) await writeAll(tx, writes);
    return superseded.map((old) => ({ identifier: old.identifier, status, reason: rule.reason }));
  }

  /**
   * 注销: a completed cancellation (an enterprise deregistered) revokes the holder's valid
   * certificates of a type, in the transaction of the decision; the changes go to `pending`.
   */
  async function cancelHeldIn(
    tx: DbOrTx,
    context: RequestContext,
    input: { holder: HolderRef; typeSlug: string; reason: string; caseId: string | null },
    pending?: Statement[],
  ): Promise<string[]> {
    const held = await createCertificatesRepository(tx).lockValidBySubject({
      typeSlug: input.typeSlug,
      holder: input.holder,
    });
    const repo = createCertificatesRepository(tx);
    const writes: Statement[] = pending ?? [];
    for (const row of held)
      writes.push(
        repo.endValidStatement(row.identifier, {
          status: 'revoked',
          revokedAt: clock.now(),
          revokedReason: input.reason,
          replacedBy: null,
        }),
        ...eventStatements(context, row.identifier, 'cancelled', { purpose: input.reason, caseId: input.caseId }),
      );
    if (!pending) await writeAll(tx, writes);
    return held.map((row) => row.identifier);
  }

  async function liveOf(identifier: string) {
    const row = await baseRepo.findCertificate(identifier);
    return row
      ? { row, live: { status: row.status, contentHash: row.contentHash, revokedReason: row.revokedReason } }
      : null;
  }

  /** Only the seals a document names (its own, its annotation's, its PDF file's) are read. */
  async function sealsNamedBy(doc: SignedDocument, pdf: Buffer | null): Promise<Map<string, SealRow>> {
    const ids = [doc.content.sealId, doc.annotation?.content.sealId, pdf ? fileSignatureSealId(pdf) : null].filter(
      (id): id is string => typeof id === 'string' && id.length <= 64,
    );
    return new Map((await seals.findSeals([...new Set(ids)])).map((seal) => [seal.id, seal]));
  }

  /**
   * Checks a document against the registry. Who sees what: whoever presented the content itself
   * (the document whose content is the registered one) sees the certificate as registered, since
   * they hold it already; anyone else learns its validity only (GB/T 36904 identifiers are
   * guessable). `disclosure` overrides that for the identifier, QR and share-code paths. A PDF is
   * also checked as a whole file (the payload alone would let the visible page be edited).
   */
  async function verifyDocument(
    doc: SignedDocument,
    options: {
      known?: CertificateRow;
      /** The seal of `known`, read with it (the document names no other seal). */
      knownSeal?: SealRow;
      disclosure?: Disclosure;
      pdf?: Buffer | null;
    } = {},
  ): Promise<VerificationResult> {
    const { known, knownSeal, pdf = null } = options;
    const [found, named] = await Promise.all([
      known
        ? {
            row: known,
            live: { status: known.status, contentHash: known.contentHash, revokedReason: known.revokedReason },
          }
        : liveOf(doc.content.identifier),
      knownSeal && !pdf && !doc.annotation && doc.content.sealId === knownSeal.id
        ? new Map([[knownSeal.id, knownSeal]])
        : sealsNamedBy(doc, pdf),
    ]);
    const lookup = (id: string) => {
      const seal = named.get(id);
      return seal ? publishedSeal(seal) : null;
    };
    const check = checkDocument(doc, {
      seals: lookup,
      today: clock.today(),
      live: found?.live ?? null,
      signatures: verifiedSignatures,
    });
    const fileReasons = pdf ? checkFileSignature(pdf, { seals: lookup }).reasons : [];
    const reasons = [
      ...fileReasons,
      ...check.reasons,
      ...(found ? [] : [{ code: 'NOT_REGISTERED', message: '平台没有该证照的签发记录' }]),
    ];
    const sealRow = check.seal ? named.get(check.seal.id)! : null;
    const disclosure: Disclosure =
      options.disclosure ?? (found && hashContent(doc.content) === found.row.contentHash ? 'content' : 'validity');
    const shown = found && disclosure === 'content';
    return {
      valid: reasons.length === 0,
      reasons: shown ? reasons : reasonsWithoutDetail(reasons),
      identifier: doc.content.identifier,
      disclosure,
      validity: found ? validityOf(found.row, statusOf(found.row)) : null,
      certificate: shown ? await view(found.row, named.get(found.row.sealId)) : null,
      sharedUntil: null,
      seal: sealRow ? sealView(sealRow) : null,
      signatureValid: check.signatureValid,
      revoked: check.revoked,
      expired: check.expired,
      annotation: doc.annotation
        ? {
            purpose: doc.annotation.content.purpose,
            caseId: doc.annotation.content.caseId,
            expiresAt: doc.annotation.content.expiresOn,
          }
        : null,
    };
  }

  async function documentFor(
    documentId: string,
  ): Promise<{ row: CertificateRow; doc: SignedDocument; copy: CopyRow | null }> {
    const copy = documentId.startsWith('copy-') ? await baseRepo.findCopy(documentId) : null;
    const identifier = copy ? copy.identifier : documentId;
    const row = await baseRepo.findCertificate(identifier);
    if (!row) throw certificatesErrors.notFound(documentId);
    return { row, doc: documentOf(row, copy ? annotationOf(copy, row) : null), copy };
  }

  /**
   * A cached PDF is served again while its file signature is one a verifier accepts: rendered
   * before files were signed, or signed by a seal revoked since, it is rendered anew.
   */
  async function fileSignatureStillGood(pdf: Buffer): Promise<boolean> {
    const sealId = fileSignatureSealId(pdf);
    if (sealId === null) return false;
    const [seal] = await seals.findSeals([sealId]);
    return seal !== undefined && seal.status !== 'revoked';
  }

  function annotationOf(copy: CopyRow, row: CertificateRow): SignedDocument['annotation'] {
    const content: AnnotationContent = {
      copyId: copy.id,
      identifier: copy.identifier,
      certificateHash: row.contentHash,
      purpose: copy.purpose,
      caseId: copy.caseId,
      expiresOn: copy.expiresOn,
      createdAt: copy.createdAt.toISOString(),
      sealId: copy.sealId,
    };
    return { content, contentHash: copy.contentHash, signature: copy.signature };
  }

  /**
   * A share code's view: the content, logged in the holder's data-use log (who saw it, when) with
   * the certificate's event and audit entry in one write. An unknown and an expired code answer
   * alike.
   */
  async function verifyShared(context: RequestContext, typed: string): Promise<VerificationResult> {
    const normalised = normaliseShareCode(typed);
    const share = normalised ? await baseRepo.findShareCode(hashShareCode(normalised)) : null;
    if (!share || share.expiresAt <= clock.now()) throw certificatesErrors.shareCodeInvalid();
    const row = await baseRepo.findCertificate(share.identifier);
    if (!row) throw certificatesErrors.shareCodeInvalid();
    const type = certificateTypeBySlug(row.typeSlug);
    const purpose =
      context.actor.kind === 'anonymous' && context.ip ? `亮证码核验（来自 ${context.ip}）` : '亮证码核验';
    const writes: Statement[] = [];
    await registries.logInto(writes).recordDataUse(context, {
      subjectType: row.holderKind,
      subjectId: row.holderId,
      purpose,
      fields: [`电子证照：${type?.name ?? row.typeSlug}`],
    });
    writes.push(...eventStatements(context, row.identifier, 'share_viewed', { purpose, details: { share: share.id } }));
    await writeAll(db, writes);
    const result = await verifyDocument(documentOf(row), { known: row, disclosure: 'content' });
    return { ...result, sharedUntil: share.expiresAt.toISOString() };
  }

  return {
    issueIn,
    supersedeIn,
    /** A certificate's data, read in the caller's transaction (a decision building from a reused one). */
    async dataIn(tx: DbOrTx, identifier: string): Promise<Record<string, unknown> | null> {
      return (await createCertificatesRepository(tx).findCertificate(identifier))?.data ?? null;
    },
    cancelHeldIn,

    async issueCertificate(
      context: RequestContext,
      input: { type: string; data: unknown; issuerDepartmentId: string; caseId?: string | null },
    ) {
      const department = await network.getDepartment(input.issuerDepartmentId);
      const issuer = { uscc: department.uscc, name: department.name, regionCode: department.regionCode };
      const row = await db.transaction(async (tx) => {
        const row = await issueIn(tx, context, { type: input.type, data: input.data, issuer, caseId: input.caseId });
        await writeAll(tx, sharedEventStatements('certificate.issued', row, { departmentId: department.id }));
        return row;
      });
      return view(row);
    },

    async getCertificate(
      context: RequestContext,
      identifier: string,
    ): Promise<Certificate & { events: { kind: string; at: string; actorLabel: string; purpose: string | null }[] }> {
      const row = await requireReadable(context, await baseRepo.findCertificate(identifier), identifier);
      const events = await baseRepo.listEvents(identifier);
      return {
        ...(await view(row)),
        events: events.map((e) => ({
          kind: e.kind,
          at: e.at.toISOString(),
          actorLabel: e.actorLabel,
          purpose: e.purpose,
        })),
      };
    },

    /** 我的证照: the person's own, or the entity's while acting for it. */
    async wallet(context: RequestContext): Promise<Certificate[]> {
      const actor = requireAccess(context, 'certificate:read_own');
      if (actor.kind !== 'person') return [];
      const holder = actor.actingFor
        ? { kind: 'legal_person', id: actor.actingFor.uscc }
        : { kind: 'person', id: actor.idNumber };
      return Promise.all((await baseRepo.listByHolder(holder)).map((row) => view(row)));
    },

    /** The downloadable signed JSON of a certificate or an annotated copy. */
    async signedDocument(context: RequestContext, documentId: string): Promise<SignedDocument> {
      const { row, doc } = await documentFor(documentId);
      await requireReadable(context, row, documentId);
      return doc;
    },

    /** The PDF, rendered on first request and cached: rendering never sits on the issuing path. */
    async pdf(context: RequestContext, documentId: string): Promise<Buffer> {
      const { row, doc, copy } = await documentFor(documentId);
      await requireReadable(context, row, documentId);
      const cached = await baseRepo.findPdf(documentId);
      if (cached && (await fileSignatureStillGood(cached))) return cached;
      const type = certificateTypeBySlug(row.typeSlug);
      const seal = await seals.getSeal(row.sealId);
      // The platform's seal signs the file: it may render long after the issuer's seal was rotated.
      const fileSeal = await db.transaction((tx) => seals.signingSealFor(tx, deps.platformBody));
      const pdf = await renderCertificatePdf({
        simulated: isSimulated(clock),
        title: type?.name ?? row.typeSlug,
        identifier: row.identifier,
        holderName: row.holderName,
        issuerName: row.issuerName,
        issuedOn: chinaDate(row.issuedAt),
        validFrom: row.validFrom,
        validTo: row.validTo,
        fields: printedFields(type, row.data),
        verifyUrl: `${deps.publicUrl}/verify/${encodeURIComponent(row.identifier)}?h=${row.contentHash.slice(0, 16)}`,
        annotation: copy ? { text: `仅供${copy.purpose}使用，有效期至${copy.expiresOn}` } : null,
        sealOwnerName: seal.ownerName,
        payloadJson: JSON.stringify(doc),
        fileSignature: {
          sealId: fileSeal.id,
          signedAt: clock.now(),
          sign: (bytes) => signSm2({ privateKey: fileSeal.privateKey, publicKey: fileSeal.publicKey, message: bytes }),
        },
      });
      await baseRepo.savePdf(documentId, pdf, clock.now());
      return pdf;
    },

    /**
     * A report of the platform (a supervision bulletin) as a PDF under the platform's seal, the
     * file signed as a certificate's is; marked 模拟 in the simulated environment.
     */
    async renderSealedReport(
      report: Omit<SealedReportInput, 'simulated' | 'issuerName' | 'sealOwnerName' | 'fileSignature' | 'font'>,
      /** The caller's open transaction, if any: the seal is read in it. */
      tx?: DbOrTx,
    ): Promise<Buffer> {
      const seal = tx
        ? await seals.signingSealFor(tx, deps.platformBody)
        : await db.transaction((own) => seals.signingSealFor(own, deps.platformBody));
      return renderSealedReportPdf({
        ...report,
        simulated: isSimulated(clock),
        issuerName: deps.platformBody.name,
        sealOwnerName: deps.platformBody.name,
        fileSignature: {
          sealId: seal.id,
          signedAt: clock.now(),
          sign: (bytes) => signSm2({ privateKey: seal.privateKey, publicKey: seal.publicKey, message: bytes }),
        },
      });
    },

    async revokeCertificate(context: RequestContext, input: { identifier: string; reason: string }) {
      const row = await db.transaction(async (tx) => {
        const current = await createCertificatesRepository(tx).findCertificate(input.identifier);
        if (!current) throw certificatesErrors.notFound(input.identifier);
        requireAccess(context, 'certificate:revoke', { kind: 'region', regionCode: current.issuerRegionCode });
        const row = await retireIn(tx, input.identifier, {
          status: 'revoked',
          revokedAt: clock.now(),
          revokedReason: input.reason,
        });
        await writeAll(tx, [
          ...eventStatements(context, input.identifier, 'revoked', { purpose: input.reason }),
          ...sharedEventStatements('certificate.revoked', current),
        ]);
        return row;
      });
      return view({ ...row, status: 'revoked', revokedReason: input.reason });
    },

    /** 换发: a corrected certificate replaces the old one (renewal is a replacement with the same data). */
    async replaceCertificate(context: RequestContext, input: { identifier: string; data?: unknown; reason: string }) {
      const successor = await db.transaction(async (tx) => {
        const old = await createCertificatesRepository(tx).findCertificate(input.identifier);
        if (!old) throw certificatesErrors.notFound(input.identifier);
        const issuer = { uscc: old.issuerUscc, name: old.issuerName, regionCode: old.issuerRegionCode };
        const next = await issueIn(tx, context, {
          type: old.typeSlug,
          data: input.data ?? old.data,
          issuer,
          caseId: old.caseId,
        });
        await retireIn(tx, old.identifier, { status: 'replaced', replacedBy: next.identifier });
        await writeAll(tx, [
          ...eventStatements(context, old.identifier, input.data ? 'replaced' : 'renewed', {
            purpose: input.reason,
            details: { successor: next.identifier },
          }),
          ...sharedEventStatements('certificate.replaced', old, { successor: next.identifier }),
          ...sharedEventStatements('certificate.issued', next),
        ]);
        return next;
      });
      return view(successor);
    },

    /** 加注件: a copy for one purpose (and case) until a date, signed by the platform's seal. */
    async createCopy(
      context: RequestContext,
      input: { identifier: string; purpose: string; caseId?: string | null; expiresOn: string },
    ) {
      const row = await baseRepo.findCertificate(input.identifier);
      if (!row) throw certificatesErrors.notFound(input.identifier);
      requireAccess(context, 'certificate:share', holderResource(row));
      if (statusOf(row) !== 'valid') throw certificatesErrors.notValid(row.identifier, statusOf(row));
      if (input.expiresOn <= clock.today()) throw certificatesErrors.copyExpiryInvalid('有效期须晚于今天');
      if (row.validTo !== null && input.expiresOn > row.validTo)
        throw certificatesErrors.copyExpiryInvalid(`不能晚于证照有效期 ${row.validTo}`);
      return db.transaction(async (tx) => {
        const seal = await seals.signingSealFor(tx, deps.platformBody);
        const copy: CopyRow = {
          id: `copy-${randomUUID()}`,
          identifier: row.identifier,
          holderId: row.holderId,
          purpose: input.purpose,
          caseId: input.caseId ?? null,
          expiresOn: input.expiresOn,
          createdAt: clock.now(),
          sealId: seal.id,
          contentHash: '',
          signature: '',
        };
        const content = annotationOf(copy, row)!.content;
        copy.contentHash = hashContent(content);
        copy.signature = signSm2({
          privateKey: seal.privateKey,
          publicKey: seal.publicKey,
          message: canonicalJson(content),
        });
        await createCertificatesRepository(tx).insertCopy(copy);
        await recordEvent(tx, context, row.identifier, 'copied', {
          purpose: input.purpose,
          caseId: copy.caseId,
          details: { copyId: copy.id, expiresOn: copy.expiresOn },
        });
        return {
          id: copy.id,
          identifier: copy.identifier,
          purpose: copy.purpose,
          caseId: copy.caseId,
          expiresOn: copy.expiresOn,
          createdAt: copy.createdAt.toISOString(),
        };
      });
    },

    /**
     * Certificates another domain may use instead of asking the applicant: valid on the date,
     * credibility A or B. Each use is logged in the holder's data-use log.
     */
    async findUsable(
      context: RequestContext,
      input: { holder: HolderRef; type: string; asOf?: string; purpose: string; caseId?: string | null },
      tx: DbOrTx = db,
    ): Promise<Certificate[]> {
      const asOf = input.asOf ?? clock.today();
      const rows = (
        await createCertificatesRepository(tx).listByHolder({
          kind: input.holder.kind,
          id: input.holder.id,
          typeSlug: input.type,
        })
      ).filter(
        (row) =>
          row.status === 'valid' &&
          row.validFrom <= asOf &&
          (row.validTo === null || row.validTo >= asOf) &&
          ['A', 'B'].includes(certificateTypeBySlug(row.typeSlug)?.credibility ?? 'D'),
      );
      for (const row of rows) {
        await registries.withTx(tx).recordDataUse(context, {
          subjectType: row.holderKind,
          subjectId: row.holderId,
          purpose: input.purpose,
          caseId: input.caseId ?? null,
          fields: [`电子证照：${certificateTypeBySlug(row.typeSlug)?.name ?? row.typeSlug}`],
        });
        await recordEvent(tx, context, row.identifier, 'used', {
          purpose: input.purpose,
          caseId: input.caseId ?? null,
        });
      }
      // Seals are read in the caller's transaction: on the embedded database it holds the only connection.
      const sealsById = new Map(
        (await seals.findSeals([...new Set(rows.map((r) => r.sealId))], tx)).map((s) => [s.id, s]),
      );
      return Promise.all(rows.map((row) => view(row, sealsById.get(row.sealId))));
    },

    /**
     * The applicant's chosen certificates used for a case: each must be the holder's, valid on
     * the date and of credibility A or B. The uses are logged as findUsable logs them (one
     * data-use row for the holder, an event and an audit entry per certificate), written in two
     * statements instead of several per certificate: this runs on every submission. Given `pending`,
     * the rows are appended there for the caller to write with its own write instead.
     */
    async confirmUse(
      tx: DbOrTx,
      context: RequestContext,
      input: { holder: HolderRef; identifiers: string[]; asOf?: string; purpose: string; caseId: string | null },
      /** Where the log rows go when the caller writes them with its own write; else written now. */
      pending?: Statement[],
    ): Promise<{ identifier: string; type: string; data: Record<string, unknown> }[]> {
      const asOf = input.asOf ?? clock.today();
      const rows = (
        await createCertificatesRepository(tx).findHeldCertificates(input.holder, [...new Set(input.identifiers)])
      ).filter(
        (row) =>
          row.status === 'valid' &&
          row.validFrom <= asOf &&
          (row.validTo === null || row.validTo >= asOf) &&
          ['A', 'B'].includes(certificateTypeBySlug(row.typeSlug)?.credibility ?? 'D'),
      );
      if (rows.length === 0) return [];
      const writes: Statement[] = pending ?? [];
      await registries
        .withTx(tx)
        .logInto(writes)
        .recordDataUse(context, {
          subjectType: input.holder.kind,
          subjectId: input.holder.id,
          purpose: input.purpose,
          caseId: input.caseId,
          fields: rows.map((row) => `电子证照：${certificateTypeBySlug(row.typeSlug)?.name ?? row.typeSlug}`),
        });
      const actorLabel =
        context.actor.kind === 'person' || context.actor.kind === 'staff' ? context.actor.name : context.actor.kind;
      writes.push(
        ...rows.flatMap((row) => [
          insertRow(certificateEvents, {
            identifier: row.identifier,
            kind: 'used',
            at: clock.now(),
            actorLabel,
            purpose: input.purpose,
            caseId: input.caseId,
            details: {},
          }),
          audit.recordStatement(context, {
            action: 'certificates.certificate.used',
            subjectType: 'certificate',
            subjectId: row.identifier,
            purpose: input.purpose,
            caseId: input.caseId,
          }),
        ]),
      );
      if (!pending) await writeAll(tx, writes);
      return rows.map((row) => ({ identifier: row.identifier, type: row.typeSlug, data: row.data }));
    },

    /** The applicant declined to have a certificate attached (EU once-only preview). */
    async declineUse(context: RequestContext, input: { identifier: string; purpose: string; caseId?: string | null }) {
      const row = await baseRepo.findCertificate(input.identifier);
      if (!row) throw certificatesErrors.notFound(input.identifier);
      requireAccess(context, 'certificate:read_own', holderResource(row));
      await db.transaction((tx) =>
        recordEvent(tx, context, row.identifier, 'declined', { purpose: input.purpose, caseId: input.caseId ?? null }),
      );
    },

    /**
     * Public verification by identifier, QR payload, downloaded JSON, PDF bytes or share code. An
     * identifier alone answers validity only; the QR link shows the content when its hash is the
     * registered content's (it is printed on the document); a share code shows it and is logged.
     */
    async verify(
      input:
        | { identifier: string }
        | { qr: string }
        | { certificate: Record<string, unknown> }
        | { file: Buffer }
        | { shareCode: string },
      context?: RequestContext,
    ): Promise<VerificationResult> {
      if ('certificate' in input) return verifyDocument(signedDocumentOf(input.certificate));
      if ('file' in input) {
        const { doc, pdf } = parseFile(input.file);
        return verifyDocument(doc, { pdf });
      }
      if ('shareCode' in input) return verifyShared(context ?? anonymousContext(), input.shareCode);
      const { identifier, hashPrefix } =
        'qr' in input ? parseQr(input.qr) : { identifier: input.identifier, hashPrefix: null };
      const parsed = parseCertificateIdentifier(identifier);
      if (!parsed.ok) throw certificatesErrors.identifierInvalid(parsed.issues);
      const found = await baseRepo.findCertificateWithSeal(identifier);
      if (!found) throw certificatesErrors.notFound(identifier);
      const row = found.certificate;
      const qrMatches = hashPrefix !== null && prefixMatches(row.contentHash, hashPrefix);
      const result = await verifyDocument(documentOf(row), {
        known: row,
        knownSeal: found.seal ?? undefined,
        disclosure: qrMatches ? 'content' : 'validity',
      });
      if (hashPrefix !== null && !qrMatches) {
        return {
          ...result,
          valid: false,
          reasons: [...result.reasons, { code: 'QR_MISMATCH', message: '二维码与平台登记的证照内容不一致' }],
        };
      }
      return result;
    },

    /**
     * 亮证码: the holder makes a code that shows the certificate's content for a few minutes to
     * whoever enters or scans it. The code itself is returned once and never stored.
     */
    async createShareCode(
      context: RequestContext,
      input: { identifier: string; minutes: number },
    ): Promise<{ code: string; link: string; identifier: string; expiresAt: string }> {
      const row = await baseRepo.findCertificate(input.identifier);
      if (!row) throw certificatesErrors.notFound(input.identifier);
      const actor = requireAccess(context, 'certificate:share', holderResource(row));
      if (statusOf(row) !== 'valid') throw certificatesErrors.notValid(row.identifier, statusOf(row));
      const code = newShareCode();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + input.minutes * 60_000);
      await db.transaction(async (tx) => {
        const repo = createCertificatesRepository(tx);
        await repo.deleteShareCodesExpiredBefore(new Date(now.getTime() - 86_400_000));
        await repo.insertShareCode({
          id: randomUUID(),
          codeHash: hashShareCode(normaliseShareCode(code)!),
          identifier: row.identifier,
          createdBy: actor.kind === 'person' ? actor.accountId : actor.kind,
          createdAt: now,
          expiresAt,
        });
        await recordEvent(tx, context, row.identifier, 'shared', {
          details: { expiresAt: expiresAt.toISOString() },
        });
      });
      return {
        code,
        link: shareLink(deps.publicUrl, code),
        identifier: row.identifier,
        expiresAt: expiresAt.toISOString(),
      };
    },

    /** 停止亮证: the holder ends every live share code of the certificate at once. */
    async endShareCodes(context: RequestContext, identifier: string): Promise<{ ended: number }> {
      const row = await baseRepo.findCertificate(identifier);
      if (!row) throw certificatesErrors.notFound(identifier);
      requireAccess(context, 'certificate:share', holderResource(row));
      return db.transaction(async (tx) => {
        const ended = await createCertificatesRepository(tx).endShareCodes(row.identifier, clock.now());
        if (ended > 0) await recordEvent(tx, context, row.identifier, 'share_ended', { details: { ended } });
        return { ended };
      });
    },

    listSeals: async () => (await seals.listSeals()).map(sealView),
    getSeal: async (id: string) => sealView(await seals.getSeal(id)),
  };
}

export type CertificateService = ReturnType<typeof createCertificateService>;
