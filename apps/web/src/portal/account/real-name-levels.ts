import type { Me } from '@yici/contracts';
import { messages } from '../../messages';
import { REAL_NAME_LEVELS, type RealNameLevel } from '../../shared/session/session-access';

export function levelLabel(level: Me['realNameLevel']): string {
  return level ? messages.levels[level] : messages.levels.none;
}

/** The steps of the real-name journey after registration: 0 verify the phone, 1 the registry, 2 done. */
export function realNameStepOf(level: Me['realNameLevel']): 0 | 1 | 2 {
  if (level === null) return 0;
  return level === 'phone' ? 1 : 2;
}

/** How many levels are reached, for the levels overview: -1 none, 0 phone … 2 in person. */
export function levelIndexOf(level: Me['realNameLevel']): number {
  return level === null ? -1 : REAL_NAME_LEVELS.indexOf(level as RealNameLevel);
}
