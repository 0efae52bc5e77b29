import { randomBytes } from 'node:crypto';
import type { PersonField } from '@yici/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../platform/actor';
import { requirePerson } from '../../platform/access/access';
import type { AuditLog } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { sharingErrors } from './sharing.errors';
import type { ServiceAccountRow, SharingRepository } from './sharing.repository';
import { sharingConsents } from './sharing.tables';

export type ConsentRow = typeof sharingConsents.$inferSelect;
type Subject = { kind: 'person' | 'legal_person'; id: string };

/** A consent lasts at most a year: the person renews it, rather than forgetting it. */
const MAX_DAYS = 366;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * 本人授权: a person (or the legal person they act for) lets one service account read their data
 * for a purpose until a date, and can withdraw it. A machine names the reference instead of a case.
 */
export function createConsents(deps: { db: Db; clock: Clock; audit: AuditLog; repo: SharingRepository }) {
  const { db, clock, audit, repo } = deps;

  function subjectOf(context: RequestContext): Subject {
    const actor = requirePerson(context, 'sharing_consent:manage_own');
    return actor.actingFor
      ? { kind: 'legal_person', id: actor.actingFor.uscc }
      : { kind: 'person', id: actor.idNumber };
  }

  /** What the person sees of a consent: to whom, for what, until when, and what it lets them read. */
  const view = (row: ConsentRow, account: ServiceAccountRow | null) => {
    const scopes = account?.scopes ?? [];
    // The fields were checked against the person schema when the account was registered.
    const granted = scopes.includes('sharing:person_read') ? ((account?.personFields ?? []) as PersonField[]) : [];
    const fields = fieldsUnder(row, granted);
    return {
      reference: row.reference,
      accountName: account?.name ?? row.accountId,
      purpose: row.purpose,
      validUntil: row.validUntil,
      createdAt: row.createdAt.toISOString(),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      status: row.withdrawnAt ? 'withdrawn' : row.validUntil < clock.today() ? 'expired' : 'active',
      personFields: fields,
      narrowed: fields.length < granted.length,
      certificates: scopes.includes('sharing:certificate_read'),
    } as const;
  };

  const accountOf = async (accountId: string) => (await repo.findAccount(accountId)) ?? null;

  return {
    async grant(
      context: RequestContext,
      input: { clientId: string; purpose: string; validUntil: string; personFields?: PersonField[] },
    ) {
      const subject = subjectOf(context);
      const account = await repo.findAccountByClientId(input.clientId);
      if (!account || account.status !== 'active') throw sharingErrors.accountNotFound();
      const today = clock.today();
      if (input.validUntil < today) throw sharingErrors.consentUntilInvalid('不能早于今天');
      if (input.validUntil > addDays(today, MAX_DAYS)) throw sharingErrors.consentUntilInvalid('最长一年');
      const row: ConsentRow = {
        reference: `SQ-${randomBytes(6).toString('hex').toUpperCase()}`,
        accountId: account.id,
        subjectType: subject.kind,
        subjectId: subject.id,
        purpose: input.purpose,
        personFields: input.personFields ? [...new Set(input.personFields)] : null,
        validUntil: input.validUntil,
        createdAt: clock.now(),
        withdrawnAt: null,
      };
      await db.transaction(async (tx) => {
        await tx.insert(sharingConsents).values(row);
        await audit.record(tx, context, {
          action: 'sharing.consent.grant',
          subjectType: 'sharing_consent',
          subjectId: row.reference,
          details: { accountId: account.id, validUntil: row.validUntil, personFields: row.personFields },
        });
      });
      return view(row, account);
    },

    async listOwn(context: RequestContext) {
      const subject = subjectOf(context);
      const rows = await db
        .select()
        .from(sharingConsents)
        .where(and(eq(sharingConsents.subjectType, subject.kind), eq(sharingConsents.subjectId, subject.id)))
        .orderBy(desc(sharingConsents.createdAt))
        .limit(200);
      return Promise.all(rows.map(async (row) => view(row, await accountOf(row.accountId))));
    },

    async withdraw(context: RequestContext, reference: string) {
      const subject = subjectOf(context);
      const withdrawn = await db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(sharingConsents)
          .where(eq(sharingConsents.reference, reference))
          .for('update');
        if (!row || row.subjectType !== subject.kind || row.subjectId !== subject.id)
          throw sharingErrors.consentNotFound();
        const withdrawn = { ...row, withdrawnAt: row.withdrawnAt ?? clock.now() };
        if (!row.withdrawnAt) {
          await tx
            .update(sharingConsents)
            .set({ withdrawnAt: withdrawn.withdrawnAt })
            .where(eq(sharingConsents.reference, reference));
          await audit.record(tx, context, {
            action: 'sharing.consent.withdraw',
            subjectType: 'sharing_consent',
            subjectId: reference,
          });
        }
        return withdrawn;
      });
      return view(withdrawn, await accountOf(withdrawn.accountId));
    },

    /** The consent in force under the reference, given by this subject to this account; null otherwise. */
    async inForce(reference: string, accountId: string, subject: Subject): Promise<ConsentRow | null> {
      const [row] = await db.select().from(sharingConsents).where(eq(sharingConsents.reference, reference));
      const holds =
        !!row &&
        row.accountId === accountId &&
        row.subjectType === subject.kind &&
        row.subjectId === subject.id &&
        row.withdrawnAt === null &&
        row.validUntil >= clock.today();
      return holds ? row : null;
    },
  };
}

/** The fields a consent lets an account read: those it was granted, narrowed to the person's choice if they made one. */
export function fieldsUnder(consent: Pick<ConsentRow, 'personFields'>, granted: readonly PersonField[]): PersonField[] {
  if (!consent.personFields) return [...granted];
  return granted.filter((field) => consent.personFields!.includes(field));
}

export type Consents = ReturnType<typeof createConsents>;
