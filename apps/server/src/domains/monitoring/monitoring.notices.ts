import { sql, type SQL } from 'drizzle-orm';
import { LABELS } from '@yici/contracts';

/**
 * Text messages about 督办 orders, as queries for one `insert … select` into the outbox (an order
 * batch may be thousands of rows). They name the order, the department, the case, ticket or
 * milestone number and the item, and the day to answer by — never an applicant or a caller.
 *
 * Who is told: a new order (rung 1) goes to the heads of the responsible department (staff with
 * the approver role bound to it, who answer orders) and to unbound approvers of the order's own
 * region; an order that climbs goes to the supervisors (效能督查) of the next level's region, the
 * city (4-digit code) or the province (2-digit), who stand for that level's office.
 */

/** '2026-12-11' → '2026年12月11日'. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

const kindLabels = () =>
  sql.join(
    Object.entries(LABELS.monitoredKind).map(([kind, label]) => sql`(${kind}, ${label})`),
    sql`, `,
  );

/**
 * The messages for orders just raised: `orders` names a relation (a CTE) with `id`,
 * `department_id`, `department_name`, `region_code`, `kind`, `subject_label`, `item_name`;
 * `staff` the active staff (`phone`, `roles`, `department_id`, `region_code`). Gives `recipient`,
 * `template`, `body`, `payload`.
 */
export function orderRaisedMessages(orders: SQL, staff: SQL, acknowledgeBy: string): SQL {
  const body = sql`'【一次办好】督办通知：' || coalesce(o.department_name, '') || '，' || coalesce(o.subject_label, '')
    || coalesce('（' || o.item_name || '）', '') || coalesce(l.label, '') || '已过，电子监察已亮红牌，下发督办单 '
    || o.id || '。请于' || ${chineseDate(acknowledgeBy)} || '前签收，签收后书面说明原因和承诺办结日期。'`;
  const select = (join: SQL) => sql`select s.phone as recipient, 'monitoring_order_raised' as template, ${body} as body,
      jsonb_build_object('orderId', o.id, 'level', 'department', 'acknowledgeBy', ${acknowledgeBy}::text) as payload
    from ${orders} o
    left join (values ${kindLabels()}) as l(kind, label) on l.kind = o.kind
    ${join}`;
  // Two equality joins (each a hash join over the staff read once), not one join on an `or`.
  return sql`${select(sql`join (${staff}) s on s.department_id = o.department_id
        and 'approver' = any(s.roles) and o.region_code like s.region_code || '%'`)}
    union all
    ${select(sql`join (${staff}) s on s.region_code = o.region_code and s.department_id is null
        and 'approver' = any(s.roles)`)}`;
}

export type EscalatedOrder = {
  id: string;
  level: string;
  /** What the next step asks: an acknowledgement (`open`) or the written explanation. */
  status: 'open' | 'acknowledged';
  dueOn: string;
};

/**
 * The messages for orders moved up the ladder (at most a pass's escalations: a values list),
 * joined with `orders` (the orders' table) and `staff` as above.
 */
export function orderEscalatedMessages(escalated: EscalatedOrder[], orders: SQL, staff: SQL): SQL {
  const values = sql.join(
    escalated.map(
      (e) =>
        sql`(${e.id}, ${e.level}, ${LABELS.orderLevel[e.level] ?? e.level}, ${e.status === 'open' ? '逾期未签收' : '逾期未作书面说明'},
          ${e.status === 'open' ? '签收' : '作出书面说明（原因和承诺办结日期）'}, ${chineseDate(e.dueOn)}, ${e.dueOn})`,
    ),
    sql`, `,
  );
  return sql`select s.phone as recipient, 'monitoring_order_escalated' as template,
      '【一次办好】督办升级：督办单 ' || o.id || '（' || coalesce(o.department_name, '') || '，'
        || coalesce(o.subject_label, '') || coalesce('（' || o.item_name || '）', '') || coalesce(l.label, '')
        || '已过）' || e.why || '，现由' || e.level_label || '督办。请于' || e.due_text || '前' || e.ask || '。' as body,
      jsonb_build_object('orderId', o.id, 'level', e.level, 'dueOn', e.due_on) as payload
    from (values ${values}) as e(id, level, level_label, why, ask, due_text, due_on)
    join ${orders} o on o.id = e.id
    left join (values ${kindLabels()}) as l(kind, label) on l.kind = o.kind
    join (${staff}) s on 'supervisor' = any(s.roles)
      and s.region_code = left(o.region_code, case e.level when 'city' then 4 else 2 end)`;
}
