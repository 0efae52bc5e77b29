import { describe, expect, it } from 'vitest';
import type { ClockView, LedgerRecord, LedgerTask } from '@yici/contracts';
import { bulletinBlocks, composeBulletin } from './ledger.compose';
import type { City3545Figure } from './ledger.sources';

const clock = (card: ClockView['card']): ClockView => ({
  limitDays: 5,
  extendedDays: 0,
  startsOn: '2018-06-21',
  dueOn: '2018-06-29',
  elapsedWorkdays: 5,
  remainingWorkdays: card === 'red' ? -3 : 2,
  pausedWorkdays: 0,
  paused: false,
  stoppedOn: card === 'stopped' ? '2018-06-28' : null,
  card,
  provisional: false,
});

const task = (
  code: string,
  status: 'open' | 'done',
  milestones: [string, ClockView['card'], 'open' | 'done'][],
): LedgerTask => ({
  id: `ledger-${code}`,
  code,
  kind: 'measure',
  title: `任务${code}`,
  sourceSentence: null,
  leaderRole: null,
  leadDepartmentName: code === 'M01' ? '省工商局' : null,
  leadDepartmentId: null,
  workingGroup: null,
  responsibleDepartmentIds: [],
  inspectionId: null,
  status,
  milestones: milestones.map(([dueOn, card, s], i) => ({
    id: `${code}-${i}`,
    taskId: `ledger-${code}`,
    title: `节点${i}`,
    dueOn,
    status: s,
    clock: clock(card),
  })),
});

const city = (regionCode: string, bundleId: string, medianWorkdays: number, cases = 10): City3545Figure => ({
  bundleId,
  regionCode,
  name: `${regionCode}市`,
  medianWorkdays,
  cases,
});

describe('composing a bulletin', () => {
  const tasks = [
    task('M01', 'open', [
      ['2018-06-30', 'red', 'open'],
      ['2018-09-30', 'green', 'open'],
    ]),
    task('M02', 'done', [['2018-06-30', 'stopped', 'done']]),
    task('M03', 'open', [['2018-05-31', 'red', 'open']]),
  ];
  const records: LedgerRecord[] = [
    {
      id: '1',
      kind: 'commendation',
      subjectName: '济南市',
      departmentId: null,
      regionCode: '3701',
      taskId: null,
      reason: '提前完成',
      recordedOn: '2018-07-01',
      recordedByName: '督查员',
    },
    {
      id: '2',
      kind: 'accountability',
      subjectName: '某局',
      departmentId: 'x',
      regionCode: null,
      taskId: null,
      reason: '推诿拖延',
      recordedOn: '2018-07-02',
      recordedByName: '督查员',
    },
  ];
  const figures = [
    city('3701', 'enterprise-opening', 2.5),
    city('3702', 'enterprise-opening', 1.5),
    city('3703', 'enterprise-opening', 4),
    city('3704', 'enterprise-opening', 3),
    city('3705', 'enterprise-opening', 6),
    city('3706', 'enterprise-opening', 0.5, 0),
    city('3701', 'real-estate-transfer', 5),
  ];
  const content = composeBulletin({
    tasks,
    redCards: {
      byCity: [
        { regionCode: '3702', name: '青岛市', count: 2 },
        { regionCode: '3701', name: '济南市', count: 5 },
      ],
      byDepartment: [{ departmentId: 'd', name: '某局', count: 7 }],
    },
    figures3545: figures,
    records,
  });

  it('counts the ledger’s progress and lists red milestones, earliest due first', () => {
    expect(content.ledger).toEqual({ tasks: 3, tasksDone: 1, milestones: 4, milestonesDone: 1, milestonesOverdue: 2 });
    expect(content.overdueTasks.map((t) => [t.code, t.dueOn])).toEqual([
      ['M03', '2018-05-31'],
      ['M01', '2018-06-30'],
    ]);
    expect(content.overdueTasks[1]!.leadDepartmentName).toBe('省工商局');
  });

  it('ranks red cards by count, most first', () => {
    expect(content.redCardsByCity.map((c) => c.key)).toEqual(['3701', '3702']);
  });

  it('names the three fastest and three slowest cities per 3545 bundle, never one city in both, leaving out cities without cases', () => {
    const opening = content.figures3545.find((f) => f.bundleId === 'enterprise-opening')!;
    expect(opening.promisedDays).toBe(3);
    expect(opening.best.map((c) => c.regionCode)).toEqual(['3702', '3701', '3704']);
    expect(opening.worst.map((c) => c.regionCode)).toEqual(['3705', '3703']);
    const estate = content.figures3545.find((f) => f.bundleId === 'real-estate-transfer')!;
    expect(estate.best.map((c) => c.regionCode)).toEqual(['3701']);
    expect(estate.worst).toEqual([]);
    expect(content.figures3545.find((f) => f.bundleId === 'construction-project-approval')!.best).toEqual([]);
  });

  it('carries commendations and accountability with their reasons', () => {
    expect(content.commendations).toEqual([{ subjectName: '济南市', reason: '提前完成' }]);
    expect(content.accountabilities).toEqual([{ subjectName: '某局', reason: '推诿拖延' }]);
  });

  it('lays the bulletin out for its PDF: a correction says what it corrects, every 3545 bundle gets its bars', () => {
    const blocks = bulletinBlocks({
      periodFrom: '2018-06-01',
      periodTo: '2018-06-30',
      introduction: '现将情况通报如下。',
      content,
      correctsNumber: '鲁一次办好通〔2018〕1号',
    });
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringContaining('更正鲁一次办好通〔2018〕1号') });
    const bars = blocks.filter((b) => b.kind === 'bars');
    expect(bars).toHaveLength(5);
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text.includes('问责：某局'))).toBe(true);
  });
});
