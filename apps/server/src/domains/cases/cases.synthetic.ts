import { escapeCopyText, type BulkSession, type BulkTable } from '../../platform/db/bulk-copy';
import { caseSearchTermsOf } from './cases.search';

/**
 * Synthetic history (`yici history generate`): cases and tasks written in bulk for statistics at
 * province scale, every row with `synthetic = true`. The repository leaves them out of every list,
 * search, detail and rule; they have no timeline, notices, audit entries or certificates, so the
 * audit chain never sees them. Their case numbers use the serials Z000 … ZZZZ, which real cases
 * never get (`cases.serials.ts`).
 */
export type SyntheticCase = {
  id: string;
  caseNumber: string;
  regionCode: string;
  regionName: string;
  implementationCode: string;
  bundleId: string | null;
  title: string;
  status: 'submitted' | 'in_review' | 'completed' | 'refused';
  channel: 'online' | 'window' | 'agent';
  applicantKind: 'person' | 'legal_person';
  applicantId: string;
  applicantName: string;
  filedByAccountId: string;
  filedByKind: 'person' | 'staff';
  filedByName: string;
  servicePointName: string | null;
  visits: number;
  outcome: 'granted' | 'denied' | null;
  promisedLimitDays: number;
  correctionRound: number;
  createdAt: string;
  receivedOn: string;
  acceptedOn: string | null;
  completedAt: string | null;
};

export type SyntheticTask = {
  id: string;
  caseId: string;
  regionCode: string;
  stepKey: string | null;
  basicCode: string;
  itemVersion: number;
  implementationCode: string;
  name: string;
  departmentId: string;
  departmentName: string;
  status: 'claimed' | 'granted' | 'denied' | 'cancelled';
  limitDays: number;
  decision: 'grant' | 'deny' | null;
  decidedAt: string | null;
  createdAt: string;
  openedOn: string;
};

export const SYNTHETIC_CASES: BulkTable = {
  table: 'cases',
  columns: [
    'id',
    'case_number',
    'region_code',
    'region_name',
    'implementation_code',
    'bundle_id',
    'title',
    'status',
    'channel',
    'applicant_kind',
    'applicant_id',
    'applicant_name',
    'filed_by_account_id',
    'filed_by_kind',
    'filed_by_name',
    'service_point_name',
    'form',
    'fields',
    'items',
    'materials',
    'delivery',
    'visits',
    'outcome',
    'promised_limit_days',
    'correction_round',
    'created_at',
    'submitted_at',
    'received_on',
    'accepted_on',
    'completed_at',
    'synthetic',
  ],
};

export const SYNTHETIC_TASKS: BulkTable = {
  table: 'case_tasks',
  columns: [
    'id',
    'case_id',
    'region_code',
    'step_key',
    'basic_code',
    'item_version',
    'implementation_code',
    'name',
    'department_id',
    'department_name',
    'joint_departments',
    'depends_on',
    'status',
    'limit_days',
    'opinions',
    'decision',
    'decided_at',
    'result',
    'created_at',
    'opened_on',
    'synthetic',
  ],
};

// The JSON a synthetic row carries: its items are in its tasks; nothing personal beyond the name.
const EMPTY_FORM = '{}';
const EMPTY_LIST = '[]';
const NO_RESULT = '{"certificates":[],"values":{}}';
const ELECTRONIC_DELIVERY = (delivered: string | null) =>
  `{"method":"electronic","status":"${delivered ? 'delivered' : 'not_ready'}","address":null,"recipient":null,"phone":null,"trackingNumber":null,"deliveredAt":${delivered ? `"${delivered}"` : 'null'}}`;

// A synthetic row is rendered in one template (the generator's hot path): ids, codes, dates,
// instants and enumerations are written as they are (they never hold a tab, a line break or a
// backslash); free text (names, titles) is escaped; `\N` is COPY's null.
const text = escapeCopyText;
const orNull = (value: string | number | null): string | number => (value === null ? '\\N' : value);

export function syntheticCaseLine(c: SyntheticCase): string {
  return `${c.id}\t${c.caseNumber}\t${c.regionCode}\t${text(c.regionName)}\t${c.implementationCode}\t${orNull(c.bundleId)}\t${text(c.title)}\t${c.status}\t${c.channel}\t${c.applicantKind}\t${c.applicantId}\t${text(c.applicantName)}\t${text(c.filedByAccountId)}\t${c.filedByKind}\t${text(c.filedByName)}\t${c.servicePointName === null ? '\\N' : text(c.servicePointName)}\t${EMPTY_FORM}\t${EMPTY_LIST}\t${EMPTY_LIST}\t${EMPTY_LIST}\t${ELECTRONIC_DELIVERY(c.completedAt)}\t${c.visits}\t${orNull(c.outcome)}\t${c.promisedLimitDays}\t${c.correctionRound}\t${c.createdAt}\t${c.createdAt}\t${c.receivedOn}\t${orNull(c.acceptedOn)}\t${orNull(c.completedAt)}\tt\n`;
}

export function syntheticTaskLine(t: SyntheticTask): string {
  return `${t.id}\t${t.caseId}\t${t.regionCode}\t${orNull(t.stepKey)}\t${t.basicCode}\t${t.itemVersion}\t${t.implementationCode}\t${text(t.name)}\t${t.departmentId}\t${text(t.departmentName)}\t${EMPTY_LIST}\t${EMPTY_LIST}\t${t.status}\t${t.limitDays}\t${EMPTY_LIST}\t${orNull(t.decision)}\t${orNull(t.decidedAt)}\t${NO_RESULT}\t${t.createdAt}\t${t.openedOn}\tt\n`;
}

/**
 * A benchmark database's variant (bench:lists, never the CLI): the same rows as ordinary cases and
 * tasks with their search terms, so that the staff lists and their indexes hold them. Written so
 * at once, they take their room once; turned ordinary afterwards, every row is written twice.
 */
export const ORDINARY_CASES: BulkTable = { table: 'cases', columns: [...SYNTHETIC_CASES.columns, 'search_terms'] };

export function ordinaryCaseLine(c: SyntheticCase): string {
  return `${asOrdinaryLine(syntheticCaseLine(c)).slice(0, -1)}\t${text(caseSearchTermsOf(c.applicantName, c.title, c.regionCode))}\n`;
}

/** A synthetic row's line (its last column `synthetic`, true) as an ordinary row's. */
export function asOrdinaryLine(line: string): string {
  if (!line.endsWith('\tt\n')) throw new Error('not a synthetic row');
  return `${line.slice(0, -2)}f\n`;
}

/** Removes every synthetic case and task, and nothing else. */
export async function deleteSyntheticCases(session: BulkSession): Promise<{ cases: number; tasks: number }> {
  const tasks = await session.query<{ n: number }>(
    'with d as (delete from case_tasks where synthetic returning 1) select count(*)::int as n from d',
  );
  const cases = await session.query<{ n: number }>(
    'with d as (delete from cases where synthetic returning 1) select count(*)::int as n from d',
  );
  return { cases: Number(cases[0]?.n ?? 0), tasks: Number(tasks[0]?.n ?? 0) };
}

/**
 * Whether the generator's case with this id exists (a run already written), synthetic or, on a
 * benchmark database, ordinary: the id is the generator's own, never a real case's.
 */
export async function generatedCaseExists(session: BulkSession, id: string): Promise<boolean> {
  const rows = await session.query('select 1 from cases where id = $1', [id]);
  return rows.length > 0;
}
