import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../platform/db/database';
import { cases } from '../domains/cases/cases.tables';
import { ratings } from '../domains/ratings/ratings.tables';
import { bulletins } from '../domains/ledger/ledger.tables';

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

/**
 * A bulletin as the ledger stores it (content and PDF are filler): drafts have no number; a
 * published or archived one has its number, PDF and instant of publication.
 */
export async function insertTestBulletin(
  db: DbOrTx,
  input: { id: string; status: 'draft' | 'published' | 'archived'; number: string | null; publishedAt: Date | null },
): Promise<void> {
  await db.insert(bulletins).values({
    id: input.id,
    number: input.number,
    year: 2018,
    serial: input.number ? Number(/〕(\d+)号/.exec(input.number)?.[1]) : null,
    title: `测试通报 ${input.id}`,
    periodFrom: '2018-07-01',
    periodTo: '2018-09-30',
    status: input.status,
    introduction: '现将改革进展通报如下。',
    content: {} as never,
    pdf: input.number ? Buffer.from('%PDF-1.7') : null,
    createdBy: 'test',
    createdAt: new Date('2018-10-08T01:00:00Z'),
    publishedAt: input.publishedAt,
  });
}
