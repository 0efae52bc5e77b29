import type { LegalEntity, Person } from '@yici/contracts';
import { readFileSync } from 'node:fs';
import { DEMO_CREDIT_ENTRIES, DEMO_ENTITIES, DEMO_RESIDENTS } from './registries.demo';
import { generateCreditEntries, generateEntities, generatePopulation } from './registries.generator';
import { placesFromRegions, type RegionRowData } from './registries.places';
import type { RegistriesRepository } from './registries.repository';

export const DEFAULT_REGISTRY_SEED = { residents: 2_000, entities: 300, seed: 2018 } as const;

export type RegistriesSeedOptions = {
  regionsFile: string;
  /**
   * Generate from villages whose codes start with one of these (a county code, or village codes
   * themselves). The core scope passes ['370102'], the only county whose villages it loads.
   * Default: every village of the province.
   */
  regionCodes?: readonly string[];
  /** Generated residents besides the demo ones (default 2,000). */
  residents?: number;
  /** Generated entities besides the demo ones (default 300). */
  entities?: number;
  seed?: number;
};

export type RegistriesSeedResult = {
  residents: number;
  entities: number;
  creditEntries: number;
  /** What was seeded, for the seeds that build on it (identity cards, business licences). */
  seeded: { persons: Person[]; entities: LegalEntity[] };
};

/**
 * Seeds the demo residents and entities (DEMO_RESIDENTS, DEMO_ENTITIES) and a generated
 * population around them, all in one transaction (the caller's, when the repository is bound to one).
 */
export async function seedRegistries(
  repo: RegistriesRepository,
  options: RegistriesSeedOptions,
): Promise<RegistriesSeedResult> {
  const seed = options.seed ?? DEFAULT_REGISTRY_SEED.seed;
  const rows = JSON.parse(readFileSync(options.regionsFile, 'utf8')) as RegionRowData[];
  const { villages, counties } = placesFromRegions(rows, { within: options.regionCodes });

  const demoResidents = Object.values(DEMO_RESIDENTS);
  const demoEntities = Object.values(DEMO_ENTITIES);
  const residents = generatePopulation({
    seed,
    count: options.residents ?? DEFAULT_REGISTRY_SEED.residents,
    villages,
    reservedIdNumbers: demoResidents.map((p) => p.idNumber),
  });
  const entities = generateEntities({
    seed,
    count: options.entities ?? DEFAULT_REGISTRY_SEED.entities,
    residents,
    counties,
    reservedUsccs: demoEntities.map((e) => e.uscc),
    reservedNames: demoEntities.map((e) => e.name),
  });
  const credit = generateCreditEntries({ seed, residents, entities, counties });

  const allResidents = [...demoResidents, ...residents];
  const allEntities = [...demoEntities, ...entities];
  const allCredit = [...Object.values(DEMO_CREDIT_ENTRIES), ...credit];
  await repo.transaction(async (tx) => {
    await tx.insertPersons(allResidents);
    await tx.insertEntities(allEntities);
    await tx.insertCreditEntries(allCredit);
  });
  return {
    residents: allResidents.length,
    entities: allEntities.length,
    creditEntries: allCredit.length,
    seeded: { persons: allResidents as Person[], entities: allEntities as LegalEntity[] },
  };
}
