import type { CalendarStatus } from '@yici/contracts';
import type { Calendar } from './calendar';

/**
 * The State Council publishes next year's holiday notice in the autumn (usually November); from
 * 1 November on, a next year still computed from the law is something an administrator must
 * attend to, so that clocks running into it get their official due days before January.
 */
export const WARNING_FROM_MONTH_DAY = '11-01';

/**
 * This year and next, and the warning: for this year whenever it is provisional, for next year
 * once `today` (a China date) is on or after 1 November.
 */
export function calendarWarning(cal: Calendar, today: string): CalendarStatus {
  const year = Number(today.slice(0, 4));
  const nextYear = year + 1;
  const currentProvisional = !cal.isYearOfficial(year);
  const nextProvisional = !cal.isYearOfficial(nextYear);
  const warnFor = currentProvisional
    ? year
    : nextProvisional && today.slice(5) >= WARNING_FROM_MONTH_DAY
      ? nextYear
      : null;
  return {
    today,
    currentYear: { year, provisional: currentProvisional },
    nextYear: { year: nextYear, provisional: nextProvisional },
    warning: warnFor === null ? null : { year: warnFor, message: warningMessage(warnFor) },
  };
}

function warningMessage(year: number): string {
  return `${year} 年的节假日安排尚未录入，涉及 ${year} 年的办理期限均按《全国年节及纪念日放假办法》预计；请在国务院办公厅公布放假通知后立即录入（PUT /api/calendar/years/${year}）。`;
}
