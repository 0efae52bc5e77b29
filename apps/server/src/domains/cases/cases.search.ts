import { searchTermsOf, tsQueryOf } from '../catalog/catalog.search';
import { casesErrors } from './cases.errors';

/**
 * How staff search reads a term. Numbers (a case number, an ID number) match by prefix and need
 * at least 4 characters; names and titles match by the catalog's bigrams and need at least two
 * Chinese characters (or a Latin/digit word of two). Anything shorter would match most of the
 * scope and is refused rather than scanned.
 */
export type CaseSearch = { kind: 'number'; prefix: string } | { kind: 'terms'; tsQuery: string };

const NUMBER_LIKE = /^[0-9A-Za-z-]+$/;
export const MIN_NUMBER_PREFIX = 4;

export function parseCaseSearch(q: string): CaseSearch {
  const term = q.trim();
  if (NUMBER_LIKE.test(term) && /\d/.test(term)) {
    if (term.length < MIN_NUMBER_PREFIX) throw casesErrors.searchTooShort();
    return { kind: 'number', prefix: term.toUpperCase() };
  }
  const terms = searchTermsOf(term);
  // A single Chinese character (or letter) is a unigram: it would match most names.
  if (terms.length === 0 || terms.every((t) => t.length < 2)) throw casesErrors.searchTooShort();
  return { kind: 'terms', tsQuery: tsQueryOf(term)! };
}

/** The stored search terms of a case: bigrams of the applicant's name and of the title. */
export function caseSearchTermsOf(applicantName: string, title: string): string {
  return [...new Set([...searchTermsOf(applicantName), ...searchTermsOf(title)])].join(' ');
}
