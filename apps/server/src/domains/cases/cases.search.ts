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

/**
 * The stored search terms of a case: its region's tokens (`regionTokensOf`), then the bigrams of
 * the title and of the applicant's name, within MAX_SEARCH_TERMS_BYTES (the tokens first, so that
 * a long name never pushes them out).
 */
export function caseSearchTermsOf(applicantName: string, title: string, regionCode: string): string {
  const kept = regionTokensOf(regionCode);
  let bytes = kept.reduce((sum, token) => sum + Buffer.byteLength(token) + 1, 0);
  for (const term of new Set([...searchTermsOf(title), ...searchTermsOf(applicantName)])) {
    bytes += Buffer.byteLength(term) + 1;
    if (bytes > MAX_SEARCH_TERMS_BYTES) break;
    kept.push(term);
  }
  return kept.join(' ');
}

/**
 * A search's scope as a word of the stored terms, so that the search's GIN index intersects the
 * term's matches with the scope's in the index itself (ARCHITECTURE, staff lists): 张伟 over 济南
 * reads the cases that hold both words, not every 张伟 of the province nor every case of 济南.
 *
 * The word is 区划 and the code, Han and digits in one word: `searchTermsOf` splits Han from
 * digits, so no bigram or word of a name or title is ever one, and both databases' 'simple'
 * parser keeps it whole. Only the levels below the province have one (city 4 digits, county 6,
 * town 9, village 12): on a platform of one province the province's word would be in every case.
 * The token only narrows what the index reads; the list still tests the region code itself.
 */
const REGION_TOKEN_LEVELS = [4, 6, 9, 12];
const REGION_TOKEN = '区划';

export function regionTokensOf(regionCode: string): string[] {
  return REGION_TOKEN_LEVELS.filter((n) => regionCode.length >= n).map((n) => REGION_TOKEN + regionCode.slice(0, n));
}

/** The token of a staff scope (a region code prefix), or null for the province or an odd prefix. */
export function scopeTokenOf(scope: string): string | null {
  return REGION_TOKEN_LEVELS.includes(scope.length) && /^\d+$/.test(scope) ? REGION_TOKEN + scope : null;
}

/**
 * The terms are a key column of the region-led list index (`cases_region_list_idx`), whose entries
 * PostgreSQL refuses above about 2,700 bytes: a legal entity with an unusually long registered name
 * must not make its application fail. Beyond this the rest of a name is not searchable by words
 * (its case is still found by number, by ID and by the name's first part).
 */
export const MAX_SEARCH_TERMS_BYTES = 1_500;
