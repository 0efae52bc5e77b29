import { keyed } from './simulation.random';

/**
 * An EMS tracking number as the post office prints it (UPU S10: two letters, eight digits, a
 * check digit, CN), drawn from the case number so a run gives the same numbers every time.
 */
export function emsTrackingNumber(seed: number, caseNumber: string): string {
  const digits = String(keyed(seed, 'ems', caseNumber).int(100_000_000)).padStart(8, '0');
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...digits].reduce((n, d, i) => n + Number(d) * weights[i]!, 0);
  const check = 11 - (sum % 11);
  return `EM${digits}${check === 10 ? 0 : check === 11 ? 5 : check}CN`;
}
