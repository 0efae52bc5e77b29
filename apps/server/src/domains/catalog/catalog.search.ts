/**
 * Chinese search without a segmenter: text is indexed as overlapping bigrams of its Han runs
 * plus whole Latin/digit words, and a query matches when all its bigrams are present. This works
 * the same on PGlite and PostgreSQL (the 'simple' text-search configuration, no extension), and
 * for a catalog of names and keywords it finds "营业执照" and "开办" where they belong.
 */
const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const WORD = /[a-z0-9]+/g;

export function searchTermsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const terms = new Set<string>();
  for (const run of lower.match(HAN_RUN) ?? []) {
    if (run.length === 1) terms.add(run);
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
  }
  for (const word of lower.replace(HAN_RUN, ' ').match(WORD) ?? []) terms.add(word);
  return [...terms];
}

/** The stored column: unigrams too, so that a one-character query can still match. */
export function indexTermsOf(texts: string[]): string {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const term of searchTermsOf(text)) terms.add(term);
    for (const run of text.match(HAN_RUN) ?? []) for (const ch of run) terms.add(ch);
  }
  return [...terms].join(' ');
}

/** A to_tsquery expression requiring every term, or null when the query has no searchable text. */
export function tsQueryOf(query: string): string | null {
  const terms = searchTermsOf(query);
  if (terms.length === 0) return null;
  // Terms hold only Han characters, a–z and digits, so they need no quoting beyond this.
  return terms.map((t) => `'${t}'`).join(' & ');
}

/**
 * Everyday words and the catalog's words for them (data/catalog/synonyms.json). Citizens type
 * 卖房 or 生孩子; the catalog says 不动产转移登记 and 出生登记. Fillers (我要, 怎么, 需要什么材料 …)
 * are dropped before matching: they are in no item's text, and every bigram of a query must match.
 */
export type SearchVocabulary = {
  fillers: string[];
  synonyms: { everyday: string[]; catalog: string[] }[];
};

export const EMPTY_VOCABULARY: SearchVocabulary = { fillers: [], synonyms: [] };

/**
 * The texts a query stands for: the query without fillers, and each catalog word of every
 * everyday word it contains. Any one of them matching is a match (an OR of ANDs).
 */
export function queryAlternatives(query: string, vocabulary: SearchVocabulary): string[] {
  let core = query.trim();
  // Longest fillers first, so 去哪里 goes before 去哪.
  for (const filler of [...vocabulary.fillers].sort((a, b) => b.length - a.length)) core = core.split(filler).join(' ');
  core = core.replace(/\s+/g, ' ').trim();
  const alternatives = new Set<string>();
  if (searchTermsOf(core).length > 0) alternatives.add(core);
  for (const row of vocabulary.synonyms) {
    if (row.everyday.some((word) => query.includes(word))) for (const word of row.catalog) alternatives.add(word);
  }
  // A query that is all filler still searches for what was typed rather than for everything.
  if (alternatives.size === 0 && searchTermsOf(query).length > 0) alternatives.add(query.trim());
  return [...alternatives];
}

/** The to_tsquery for a query with its everyday words: `(a & b) | (c & d)`, or null. */
export function expandedTsQueryOf(query: string, vocabulary: SearchVocabulary): string | null {
  const parts = queryAlternatives(query, vocabulary)
    .map(tsQueryOf)
    .filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : parts.map((part) => `(${part})`).join(' | ');
}

/** Whether a text's terms hold every term of one of the alternatives. */
export function matchesAny(terms: ReadonlySet<string>, alternatives: string[]): boolean {
  return alternatives.some((alternative) => {
    const wanted = searchTermsOf(alternative);
    return wanted.length > 0 && wanted.every((term) => terms.has(term));
  });
}

/** The index terms of a text, as a set (bigrams and single characters, as stored for items). */
export function termSetOf(texts: string[]): Set<string> {
  return new Set(indexTermsOf(texts).split(' ').filter(Boolean));
}
