import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SearchVocabulary } from './catalog.search';

const SYNONYMS_FILE = new URL('../../../../../data/catalog/synonyms.json', import.meta.url);

const VocabularySchema = z.object({
  fillers: z.array(z.string().min(2)),
  synonyms: z.array(
    z.object({ everyday: z.array(z.string().min(2)).min(1), catalog: z.array(z.string().min(2)).min(1) }).strict(),
  ),
});

/** The search vocabulary shipped with the catalog; a malformed file stops the start, not a search. */
export function readSearchVocabulary(file: URL | string = SYNONYMS_FILE): SearchVocabulary {
  const parsed = VocabularySchema.parse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  return { fillers: parsed.fillers, synonyms: parsed.synonyms };
}
