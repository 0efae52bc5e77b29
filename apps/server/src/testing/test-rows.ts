import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../platform/db/database';
import { cases } from '../domains/cases/cases.tables';
import { ratings } from '../domains/ratings/ratings.tables';

/**
 * Bare rows for tests of readers in other domains (figures, reference checks): only the columns
 * those readers look at are meaningful; the rest are filler.
 */
export async function insertTestCase(
  db: DbOrTx,
  input: { applicantId: string; regionCode: string; status?: string; receivedOn?: string | null },
): Promise<string> {
  const id = randomUUID();
  await db.insert(cases).values({
    id,
    caseNumber: null,
    regionCode: input.regionCode,
    regionName: '测试',
    implementationCode: 'test',
    title: '测试办件',
    status: input.status ?? 'in_review',
    channel: 'online',
    applicantKind: 'person',
    applicantId: input.applicantId,
    applicantName: '测试',
    filedByAccountId: 'test',
    filedByKind: 'person',
    filedByName: '测试',
    form: {},
    fields: [],
    items: [],
    materials: [],
    delivery: { method: 'pickup' } as never,
    promisedLimitDays: 5,
    receivedOn: input.receivedOn ?? null,
    createdAt: new Date('2026-10-12T02:00:00Z'),
  });
  return id;
}

export async function insertTestRating(
  db: DbOrTx,
  input: { level: number; regionCode: string; departmentId: string; departmentName: string; createdOn: string },
): Promise<void> {
  await db.insert(ratings).values({
    id: randomUUID(),
    channel: 'online',
    level: input.level,
    reasons: [],
    comment: '',
    regionCode: input.regionCode,
    departmentId: input.departmentId,
    departmentName: input.departmentName,
    raterKey: randomUUID(),
    realName: true,
    createdAt: new Date(`${input.createdOn}T02:00:00Z`),
    createdOn: input.createdOn,
  });
}
