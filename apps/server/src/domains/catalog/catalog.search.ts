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
