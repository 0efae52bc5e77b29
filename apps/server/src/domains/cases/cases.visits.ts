import type { ItemElements } from '@yici/contracts';
import type { RealNameLevel } from '../../platform/actor';

/**
 * The guide, the visit count and the real-name level must tell the same story. An item whose
 * guide has the applicant seen in person (identity checked, signature witnessed, fingerprints or
 * portrait taken) cannot be finished online with zero visits by an account whose name was only
 * matched against the registry: online it needs an account a clerk has already seen (in_person),
 * otherwise it is taken in at the window (one visit). An item whose guide says nothing of the sort
 * needs no visit and a registry-level account suffices.
 */
const SEEN_IN_PERSON = /核验身份|当面核验|签字确认|到场|面签|现场办理|采集|签字/;

/** Whether the guide has the applicant seen in person (its visit reason says so). */
export function needsInPersonCheck(item: Pick<ItemElements, 'visits' | 'visitReason'>): boolean {
  return item.visits > 0 && item.visitReason !== null && SEEN_IN_PERSON.test(item.visitReason);
}

/** The real-name level an online filer needs for the item to be done with the visits its guide states. */
export function onlineRealNameLevel(item: Pick<ItemElements, 'visits' | 'visitReason'>): RealNameLevel {
  return needsInPersonCheck(item) ? 'in_person' : 'registry';
}
