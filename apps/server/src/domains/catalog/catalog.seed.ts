import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BundleSchema, ItemElementsSchema, type Department, type ItemElements, type Region } from '@yici/contracts';
import { exerciseLevelDigit } from './catalog.codes';
import type { CatalogRepository } from './catalog.repository';
import { indexTermsOf } from './catalog.search';
import type { ItemListing } from './catalog.tables';

export function listingOf(elements: ItemElements): ItemListing {
  const { name, itemType, departmentKind, audiences, themes, promisedLimitDays, visits, onlineDepth, oneVisit } =
    elements;
  return { name, itemType, departmentKind, audiences, themes, promisedLimitDays, visits, onlineDepth, oneVisit };
}

const SeedItemSchema = ItemElementsSchema.extend({ basicCode: z.string().length(12), batch: z.string() });
const SeedBatchSchema = z.object({ id: z.string(), name: z.string(), publishedOn: z.iso.date() }).strict();
const SeedDeviationSchema = z
  .object({
    regionCode: z.string(),
    basicCode: z.string(),
    overrides: ItemElementsSchema.partial().strict(),
    note: z.string(),
  })
  .strict();

export type CatalogSeedData = {
  batches: z.infer<typeof SeedBatchSchema>[];
  items: z.infer<typeof SeedItemSchema>[];
  bundles: z.infer<typeof BundleSchema>[];
  deviations: z.infer<typeof SeedDeviationSchema>[];
};

/** Reads and validates the shipped catalog (data/catalog); a bad file stops the seed before any write. */
export function readCatalogSeed(dir: string): CatalogSeedData {
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
  return {
    batches: z.array(SeedBatchSchema).parse(read('batches.json')),
    items: z.array(SeedItemSchema).parse(read('items.json')),
    bundles: z.array(BundleSchema).parse(read('bundles.json')),
    deviations: z.array(SeedDeviationSchema).parse(read('deviations.json')),
  };
}

/** Searchable text of an item by weight: name; keywords, result and bundles; themes. */
function searchColumnsOf(item: ItemElements, bundleNames: string[]) {
  return {
    searchName: indexTermsOf([item.name]),
    searchKeywords: indexTermsOf([...item.keywords, item.resultName ?? '', ...bundleNames]),
    searchThemes: indexTermsOf(item.themes),
  };
}

/**
 * Seeds the standard items and implements each in every region at the levels it names: by the
 * approval bureau where the item moved there, otherwise by the department of its kind.
 */
export async function seedCatalog(
  repo: CatalogRepository,
  options: { data: CatalogSeedData; regions: Pick<Region, 'code' | 'level'>[]; departments: Department[] },
): Promise<void> {
  const { data } = options;
  await repo.insertBatches(data.batches);
  const bundlesByItem = new Map<string, string[]>();
  for (const bundle of data.bundles) {
    for (const step of bundle.steps)
      bundlesByItem.set(step.basicCode, [...(bundlesByItem.get(step.basicCode) ?? []), bundle.name]);
  }
  await repo.insertItems(
    data.items.map(({ basicCode, batch, ...elements }) => ({
      basicCode,
      version: 1,
      batchId: batch,
      name: elements.name,
      departmentKind: elements.departmentKind,
      elements,
      listing: listingOf(elements),
      ...searchColumnsOf(elements, bundlesByItem.get(basicCode) ?? []),
    })),
  );
  await repo.insertBundles(data.bundles.map((b) => ({ id: b.id, name: b.name, definition: b })));

  const bodies = new Map(options.departments.map((d) => [`${d.regionCode}:${d.kind}`, d]));
  const overridesFor = new Map(data.deviations.map((d) => [`${d.regionCode}:${d.basicCode}`, d.overrides]));
  const implementations = data.items.flatMap(({ basicCode, batch: _batch, ...item }) =>
    options.regions
      .filter((r) => (item.exerciseLevels as string[]).includes(r.level))
      .flatMap((region) => {
        const body =
          (item.handledByApprovalBureau ? bodies.get(`${region.code}:approval_bureau`) : undefined) ??
          bodies.get(`${region.code}:${item.departmentKind}`);
        // Utilities exist per city only: a county without such a body is served by the city's.
        if (!body) return [];
        const level = region.level as 'province' | 'city' | 'county';
        const overrides = overridesFor.get(`${region.code}:${basicCode}`) ?? {};
        return [
          {
            implementationCode: `${body.uscc}${exerciseLevelDigit(level)}${basicCode}`,
            itemVersion: 1,
            basicCode,
            regionCode: region.code,
            exerciseLevel: level,
            bodyUscc: body.uscc,
            bodyName: body.name,
            overrides,
            listing: listingOf({ ...item, ...overrides }),
          },
        ];
      }),
  );
  const implemented = new Set(implementations.map((i) => `${i.regionCode}:${i.basicCode}`));
  for (const key of overridesFor.keys()) {
    if (!implemented.has(key)) throw new Error(`deviation for ${key} has no implementation`);
  }
  await repo.insertImplementations(implementations);
}
