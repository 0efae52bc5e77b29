import type { BulletinContent, LedgerRecord, LedgerTask } from '@yici/contracts';
import type { ReportBlock } from '../certificates/certificates.report-pdf';
import { BULLETIN_BUNDLES, type City3545Figure, type RedCardCounts } from './ledger.sources';

/** How many cities a bulletin names as best and as worst per bundle. */
export const RANKED_CITIES = 3;
/** Rows of overdue tasks and of red cards a bulletin lists; the totals count all. */
const LISTED = 20;

/**
 * The figures of a bulletin, from what the ledger and its sources report: progress of the
 * ledger, milestones overdue (red) as of composition, red cards by city and department, and per
 * 3545 bundle the cities with the lowest and highest median working days. A city with too few
 * cases is not ranked against the others: its median says little.
 */
export function composeBulletin(input: {
  tasks: LedgerTask[];
  redCards: RedCardCounts;
  figures3545: City3545Figure[];
  records: LedgerRecord[];
  minimumCases?: number;
}): BulletinContent {
  const minimumCases = input.minimumCases ?? 1;
  const milestones = input.tasks.flatMap((t) => t.milestones.map((m) => ({ task: t, m })));
  const overdue = milestones.filter(({ m }) => m.clock?.card === 'red');
  const byCount = <T extends { count: number; name: string }>(a: T, b: T) =>
    b.count - a.count || a.name.localeCompare(b.name, 'zh-CN');
  return {
    ledger: {
      tasks: input.tasks.length,
      tasksDone: input.tasks.filter((t) => t.status === 'done').length,
      milestones: milestones.length,
      milestonesDone: milestones.filter(({ m }) => m.status === 'done').length,
      milestonesOverdue: overdue.length,
    },
    overdueTasks: overdue
      .sort((a, b) => a.m.dueOn.localeCompare(b.m.dueOn) || a.task.code.localeCompare(b.task.code))
      .slice(0, LISTED)
      .map(({ task, m }) => ({
        code: task.code,
        title: task.title,
        milestone: m.title,
        dueOn: m.dueOn,
        leadDepartmentName: task.leadDepartmentName,
      })),
    redCardsByCity: input.redCards.byCity
      .map((c) => ({ key: c.regionCode, name: c.name, count: c.count }))
      .sort(byCount)
      .slice(0, LISTED),
    redCardsByDepartment: input.redCards.byDepartment
      .map((d) => ({ key: d.departmentId, name: d.name, count: d.count }))
      .sort(byCount)
      .slice(0, LISTED),
    figures3545: BULLETIN_BUNDLES.map((bundle) => {
      const ranked = input.figures3545
        .filter((f) => f.bundleId === bundle.bundleId && f.cases >= minimumCases)
        .sort((a, b) => a.medianWorkdays - b.medianWorkdays || a.regionCode.localeCompare(b.regionCode));
      const row = (f: City3545Figure) => ({
        regionCode: f.regionCode,
        name: f.name,
        medianWorkdays: f.medianWorkdays,
        cases: f.cases,
      });
      const best = ranked.slice(0, RANKED_CITIES);
      // The worst are named from those not already named best, slowest first.
      const worst = ranked.slice(best.length).reverse().slice(0, RANKED_CITIES);
      return { ...bundle, best: best.map(row), worst: worst.map(row) };
    }),
    commendations: input.records
      .filter((r) => r.kind === 'commendation')
      .map((r) => ({ subjectName: r.subjectName, reason: r.reason })),
    accountabilities: input.records
      .filter((r) => r.kind === 'accountability')
      .map((r) => ({ subjectName: r.subjectName, reason: r.reason })),
  };
}

/** The bulletin's text and figures as the blocks of its sealed PDF (bars drawn simply). */
export function bulletinBlocks(bulletin: {
  periodFrom: string;
  periodTo: string;
  introduction: string;
  content: BulletinContent;
  correctsNumber: string | null;
}): ReportBlock[] {
  const c = bulletin.content;
  const blocks: ReportBlock[] = [];
  if (bulletin.correctsNumber)
    blocks.push({ kind: 'paragraph', text: `本通报更正${bulletin.correctsNumber}，原通报内容不变，以本通报为准。` });
  blocks.push({ kind: 'paragraph', text: `通报期间：${bulletin.periodFrom} 至 ${bulletin.periodTo}。` });
  if (bulletin.introduction) blocks.push({ kind: 'paragraph', text: bulletin.introduction });
  blocks.push({ kind: 'heading', text: '一、改革任务台账进展' });
  blocks.push({
    kind: 'paragraph',
    text: `台账共有改革任务 ${c.ledger.tasks} 项，已完成 ${c.ledger.tasksDone} 项；节点 ${c.ledger.milestones} 个，已验收完成 ${c.ledger.milestonesDone} 个，逾期未完成 ${c.ledger.milestonesOverdue} 个。`,
  });
  if (c.overdueTasks.length > 0)
    blocks.push({
      kind: 'table',
      columns: ['逾期任务', '节点期限', '牵头单位'],
      rows: c.overdueTasks.map((t) => [`${t.code} ${t.title}`, t.dueOn, t.leadDepartmentName ?? '—']),
    });
  blocks.push({ kind: 'heading', text: '二、电子监察红牌' });
  blocks.push({
    kind: 'bars',
    title: '红牌数（按市）',
    unit: '张',
    rows: c.redCardsByCity.map((r) => ({ label: r.name, value: r.count })),
  });
  blocks.push({
    kind: 'bars',
    title: '红牌数（按部门）',
    unit: '张',
    rows: c.redCardsByDepartment.map((r) => ({ label: r.name, value: r.count })),
  });
  blocks.push({ kind: 'heading', text: '三、“3545”办理时间（中位数，工作日）' });
  for (const f of c.figures3545) {
    const rows = [...f.best, ...f.worst];
    blocks.push({
      kind: 'bars',
      title: `${f.name}（承诺 ${f.promisedDays} 个工作日）：最快 ${f.best.length} 市与最慢 ${f.worst.length} 市`,
      unit: '日',
      rows: rows.map((r) => ({ label: `${r.name}（${r.cases} 件）`, value: r.medianWorkdays })),
    });
  }
  if (c.commendations.length > 0 || c.accountabilities.length > 0) {
    blocks.push({ kind: 'heading', text: '四、表扬与问责' });
    for (const r of c.commendations)
      blocks.push({ kind: 'paragraph', text: `通报表扬：${r.subjectName}。${r.reason}` });
    for (const r of c.accountabilities) blocks.push({ kind: 'paragraph', text: `问责：${r.subjectName}。${r.reason}` });
  }
  return blocks;
}
