import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The reform's tasks as the seed document states them (data/ledger/README.md). */
const Sentence = z.string().trim().min(4);
const Deadline = z.iso.date();
const Code = (prefix: string) => z.string().regex(new RegExp(`^${prefix}\\d{2}$`));

export const LedgerDataSchema = z
  .object({
    source: z.string().min(1),
    announcedOn: Deadline,
    announcedOnSentence: Sentence,
    measures: z
      .array(
        z.object({ code: Code('M'), title: z.string().min(2), deadline: Deadline, sourceSentence: Sentence }).strict(),
      )
      .min(1),
    specialActions: z
      .array(
        z
          .object({
            code: Code('A'),
            title: z.string().min(2),
            leaderRole: z.string().min(2),
            leaderSentence: Sentence,
            leadDepartmentName: z.string().min(2),
            leadDepartmentId: z
              .string()
              .regex(/^37-[a-z_]+$/)
              .nullable(),
            workingGroup: z.string().min(2),
            sourceSentence: Sentence,
            leadSentence: Sentence,
            plan: z.object({ title: z.string().min(2), deadline: Deadline, sourceSentence: Sentence }).strict(),
            deadline: Deadline.nullable(),
            deadlineSentence: Sentence.nullable(),
          })
          .strict(),
      )
      .length(10),
    keyPoints: z.array(z.object({ code: Code('K'), title: z.string().min(2), sourceSentence: Sentence }).strict()),
    deliverables: z.array(
      z
        .object({
          code: Code('D'),
          title: z.string().min(2),
          deadline: Deadline,
          keyPoint: Code('K').nullable(),
          sourceSentence: Sentence,
        })
        .strict(),
    ),
  })
  .strict();
export type LedgerData = z.infer<typeof LedgerDataSchema>;

export type LedgerDataProblem = { path: string; message: string };

/**
 * Consistency beyond the shape: codes unique, deadlines after the announcement and in its year,
 * a deliverable's key point known, an action with a date of its own also quoting it. All
 * problems are listed at once.
 */
export function ledgerDataProblems(data: LedgerData): LedgerDataProblem[] {
  const problems: LedgerDataProblem[] = [];
  const codes = new Set<string>();
  const all = [...data.measures, ...data.specialActions, ...data.keyPoints, ...data.deliverables];
  for (const entry of all) {
    if (codes.has(entry.code)) problems.push({ path: entry.code, message: '编号重复' });
    codes.add(entry.code);
  }
  const year = data.announcedOn.slice(0, 4);
  const dated: { code: string; deadline: string }[] = [
    ...data.measures,
    ...data.deliverables,
    ...data.specialActions.map((a) => ({ code: a.code, deadline: a.plan.deadline })),
    ...data.specialActions.flatMap((a) => (a.deadline ? [{ code: a.code, deadline: a.deadline }] : [])),
  ];
  for (const { code, deadline } of dated) {
    if (deadline <= data.announcedOn || deadline.slice(0, 4) !== year)
      problems.push({ path: code, message: `期限 ${deadline} 不在 ${data.announcedOn} 之后的当年内` });
  }
  const keyPoints = new Set(data.keyPoints.map((k) => k.code));
  for (const d of data.deliverables) {
    if (d.keyPoint && !keyPoints.has(d.keyPoint)) problems.push({ path: d.code, message: `未知重点 ${d.keyPoint}` });
  }
  for (const a of data.specialActions) {
    if ((a.deadline === null) !== (a.deadlineSentence === null))
      problems.push({ path: a.code, message: '专项行动的期限须与原文句子同时给出' });
  }
  return problems;
}

export const LEDGER_DATA_FILE = fileURLToPath(
  new URL('../../../../../data/ledger/shandong-2018.json', import.meta.url),
);

/** Reads and checks the ledger file; throws with every problem listed. */
export function loadLedgerData(file: string = LEDGER_DATA_FILE): LedgerData {
  const parsed = LedgerDataSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`ledger data ${file} is invalid:\n${lines.join('\n')}`);
  }
  const problems = ledgerDataProblems(parsed.data);
  if (problems.length > 0)
    throw new Error(
      `ledger data ${file} is inconsistent:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
    );
  return parsed.data;
}

/** A task and its milestones as the ledger seeds them. */
export type SeedTask = {
  code: string;
  kind: 'measure' | 'special_action' | 'key_point' | 'deliverable';
  title: string;
  sourceSentence: string;
  leaderRole: string | null;
  leadDepartmentName: string | null;
  leadDepartmentId: string | null;
  workingGroup: string | null;
  milestones: { title: string; dueOn: string }[];
};

/** The seeded tasks: a measure or deliverable has one milestone (its deadline); an action its plan, then its own date. */
export function seedTasksOf(data: LedgerData): SeedTask[] {
  const plain = { leaderRole: null, leadDepartmentName: null, leadDepartmentId: null, workingGroup: null };
  return [
    ...data.measures.map((m) => ({
      ...plain,
      code: m.code,
      kind: 'measure' as const,
      title: m.title,
      sourceSentence: m.sourceSentence,
      milestones: [{ title: m.sourceSentence, dueOn: m.deadline }],
    })),
    ...data.specialActions.map((a) => ({
      code: a.code,
      kind: 'special_action' as const,
      title: a.title,
      sourceSentence: a.sourceSentence,
      leaderRole: a.leaderRole,
      leadDepartmentName: a.leadDepartmentName,
      leadDepartmentId: a.leadDepartmentId,
      workingGroup: a.workingGroup,
      milestones: [
        { title: a.plan.title, dueOn: a.plan.deadline },
        ...(a.deadline ? [{ title: a.deadlineSentence!, dueOn: a.deadline }] : []),
      ],
    })),
    ...data.keyPoints.map((k) => ({
      ...plain,
      code: k.code,
      kind: 'key_point' as const,
      title: k.title,
      sourceSentence: k.sourceSentence,
      milestones: data.deliverables
        .filter((d) => d.keyPoint === k.code)
        .map((d) => ({ title: d.title, dueOn: d.deadline })),
    })),
    ...data.deliverables.map((d) => ({
      ...plain,
      code: d.code,
      kind: 'deliverable' as const,
      title: d.title,
      sourceSentence: d.sourceSentence,
      milestones: [{ title: d.title, dueOn: d.deadline }],
    })),
  ];
}
