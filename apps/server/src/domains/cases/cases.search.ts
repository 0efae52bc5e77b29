import { searchTermsOf, tsQueryOf } from '../catalog/catalog.search';
import { casesErrors } from './cases.errors';

/**
 * How staff search reads a term. Numbers (a case number, an ID number) match by prefix and need
 * at least 4 characters; names and titles match by the catalog's bigrams and need at least two
 * Chinese characters (or a Latin/digit word of two). Anything shorter would match most of the
 * scope and is refused rather than scanned.
 */
export type CaseSearch = { kind: 'number'; prefix: string } | { kind: 'terms'; tsQuery: string; terms: string[] };

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
  return { kind: 'terms', tsQuery: tsQueryOf(term)!, terms };
}

/** The stored search terms of a case: bigrams of the applicant's name and of the title. */
export function caseSearchTermsOf(applicantName: string, title: string): string {
  let bytes = 0;
  const kept: string[] = [];
  for (const term of new Set([...searchTermsOf(title), ...searchTermsOf(applicantName)])) {
    bytes += Buffer.byteLength(term) + 1;
    if (bytes > MAX_SEARCH_TERMS_BYTES) break;
    kept.push(term);
  }
  return kept.join(' ');
}

/**
 * The terms are a key column of the region-led list index (`cases_region_list_idx`), whose entries
 * PostgreSQL refuses above about 2,700 bytes: a legal entity with an unusually long registered name
 * must not make its application fail. Beyond this the rest of a name is not searchable by words
 * (its case is still found by number, by ID and by the name's first part).
 */
export const MAX_SEARCH_TERMS_BYTES = 1_500;
