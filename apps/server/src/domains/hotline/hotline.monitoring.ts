import { sql, type SQL } from 'drizzle-orm';
import { hotlineTickets } from './hotline.tables';

/**
 * What e-monitoring (电子监察) needs of a ticket's clocks, as SQL for its set-based pass. A ticket
 * clock's subject is `<ticket>:<step>:<round>` (`ticketClockSubject`): its kind is the step.
 */
export function ticketClockKindOf(subjectId: SQL): SQL {
  return sql`'ticket_' || split_part(${subjectId}, ':', 2)`;
}

/** The handling department of the ticket a clock belongs to, for a lateral join (see `caseResponsibilityOf`). */
export function ticketResponsibilityOf(subjectType: SQL, subjectId: SQL): SQL {
  return sql`select ${hotlineTickets.departmentId} as department_id, ${hotlineTickets.departmentName} as department_name,
      ${hotlineTickets.itemCode} as item_code, null::text as item_name, ${hotlineTickets.ticketNumber} as subject_label
    from ${hotlineTickets}
    where ${subjectType} = 'ticket' and ${hotlineTickets.id} = split_part(${subjectId}, ':', 1)`;
}
