import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEDGER_DATA_FILE, ledgerDataProblems, loadLedgerData, LedgerDataSchema, seedTasksOf } from './ledger.data';

const SEED = readFileSync(new URL('../../../../../data/ledger/source-2018-06-20.txt', import.meta.url), 'utf8');

describe('the reform ledger data', () => {
  const data = loadLedgerData();

  it('holds the 11 measures, the 10 special actions with leader, lead department and working group, and the 6 key points', () => {
    expect(data.measures).toHaveLength(11);
    expect(data.specialActions).toHaveLength(10);
    expect(data.keyPoints).toHaveLength(6);
    for (const action of data.specialActions) {
      expect(action.leaderRole).toBeTruthy();
      expect(action.leadDepartmentName).toBeTruthy();
      expect(action.workingGroup).toContain('工作专班');
      expect(action.plan.deadline).toBe('2018-06-30');
    }
    expect(data.specialActions.find((a) => a.code === 'A10')).toMatchObject({
      deadline: '2018-11-30',
      leadDepartmentId: '37-development_reform',
    });
  });

  it('quotes, for every entry, a sentence that is in the seed document', () => {
    const quoted = [
      data.announcedOnSentence,
      ...data.measures.map((m) => m.sourceSentence),
      ...data.specialActions.flatMap((a) => [
        a.sourceSentence,
        a.leadSentence,
        a.leaderSentence,
        a.plan.sourceSentence,
      ]),
      ...data.specialActions.flatMap((a) => (a.deadlineSentence ? [a.deadlineSentence] : [])),
      ...data.keyPoints.map((k) => k.sourceSentence),
      ...data.deliverables.map((d) => d.sourceSentence),
    ];
    for (const sentence of quoted) expect(SEED, sentence).toContain(sentence);
  });

  it('gives every seeded task at least one dated milestone except key points without deliverables', () => {
    const tasks = seedTasksOf(data);
    expect(tasks.filter((t) => t.kind === 'special_action').every((t) => t.milestones.length >= 1)).toBe(true);
    expect(tasks.find((t) => t.code === 'A10')!.milestones.map((m) => m.dueOn)).toEqual(['2018-06-30', '2018-11-30']);
    expect(new Set(tasks.map((t) => t.code)).size).toBe(tasks.length);
  });

  it('refuses a file with a repeated code, a deadline before the announcement or an unknown key point', () => {
    const raw = JSON.parse(readFileSync(LEDGER_DATA_FILE, 'utf8')) as typeof data;
    raw.measures[1]!.code = raw.measures[0]!.code;
    raw.measures[2]!.deadline = '2018-05-31';
    raw.deliverables[0]!.keyPoint = 'K99';
    const problems = ledgerDataProblems(LedgerDataSchema.parse(raw));
    expect(problems.map((p) => p.message)).toEqual(['编号重复', expect.stringContaining('2018-05-31'), '未知重点 K99']);
  });

  it('refuses a file whose shape is wrong, naming the place', () => {
    const raw = JSON.parse(readFileSync(LEDGER_DATA_FILE, 'utf8')) as Record<string, unknown>;
    (raw.specialActions as unknown[]).pop();
    const result = LedgerDataSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['specialActions']);
  });
});
