import type { Audience, Bundle } from '@yici/contracts';
import type { CatalogService } from '../catalog/catalog.service';
import type { NetworkService } from '../network/network.service';
import { BUNDLE_WEIGHT, CITY_POPULATION_2018, MERGED_INTO } from './history.profile';
import { weightedPicker, type Random } from './history.random';

export type County = { code: string; name: string; cityName: string; validTo: string | null };
/** What an applicant can ask for: a bundle or a single item, by its basic code. */
export type Target = {
  key: string;
  kind: 'bundle' | 'item';
  id: string;
  audiences: Audience[];
  /** Visits the item's guide names (0 for a bundle: filed once for all its steps). */
  guideVisits: number;
  weight: number;
  /** A bundle's steps (basic codes). */
  steps?: string[];
};

export type HistoryReferencePorts = { network: NetworkService; catalog: CatalogService };

const PROVINCE = '37';
const SERVED_PAGE = 1_000;

/**
 * The divisions as they were on each day: cities and counties valid then, weighted by the 2018
 * population (a merged city's weight goes to the city that absorbed it). Recomputed only on days
 * where some division begins or ends.
 */
export async function regionEpochs(
  network: NetworkService,
  from: string,
  to: string,
): Promise<{ from: string; counties: County[]; pick: (random: Random) => County }[]> {
  const boundaries = new Set<string>([from]);
  for (const day of [from, to]) {
    for (const city of await network.listRegions({ parent: PROVINCE, asOf: day })) {
      for (const edge of [city.validFrom, city.validTo]) if (edge && edge > from && edge <= to) boundaries.add(edge);
      for (const county of await network.listRegions({ parent: city.code, asOf: day }))
        for (const edge of [county.validFrom, county.validTo])
          if (edge && edge > from && edge <= to) boundaries.add(edge);
    }
  }
  const epochs = [];
  for (const day of [...boundaries].sort()) epochs.push({ from: day, ...(await countyPicker(network, day)) });
  return epochs;
}

async function countyPicker(
  network: NetworkService,
  day: string,
): Promise<{ counties: County[]; pick: (random: Random) => County }> {
  const cities = await network.listRegions({ parent: PROVINCE, asOf: day });
  const present = new Set(cities.map((c) => c.code));
  const weightOf = (code: string) =>
    (CITY_POPULATION_2018[code] ?? 0) +
    Object.entries(MERGED_INTO)
      .filter(([gone, into]) => into === code && !present.has(gone))
      .reduce((sum, [gone]) => sum + (CITY_POPULATION_2018[gone] ?? 0), 0);
  const entries: { value: County; weight: number }[] = [];
  for (const city of cities) {
    const counties = await network.listRegions({ parent: city.code, asOf: day });
    for (const county of counties)
      entries.push({
        value: { code: county.code, name: county.name, cityName: city.name, validTo: county.validTo },
        weight: weightOf(city.code) / counties.length,
      });
  }
  return { counties: entries.map((e) => e.value), pick: weightedPicker(entries) };
}

/** An item as implemented where a county's applicants are served (its own, or the nearest above it). */
export type ServedItem = {
  implementationCode: string;
  basicCode: string;
  name: string;
  regionCode: string;
  promisedLimitDays: number;
};

/**
 * What a county is served with on a day, from the catalog's own region search: for each item the
 * nearest implementation (county before city before province, as submissions resolve it).
 */
export async function servedItems(
  catalog: CatalogService,
  county: County,
  day: string,
): Promise<Map<string, ServedItem>> {
  const nearest = new Map<string, ServedItem>();
  // One read per county: the service takes a larger page than the API allows its callers.
  for (let page = 1; ; page++) {
    const result = await catalog.searchItems({ region: county.code, asOf: day, page, pageSize: SERVED_PAGE });
    for (const item of result.items) {
      const known = nearest.get(item.basicCode);
      if (item.regionCode && (!known || item.regionCode.length > known.regionCode.length))
        nearest.set(item.basicCode, {
          implementationCode: item.code,
          basicCode: item.basicCode,
          name: item.name,
          regionCode: item.regionCode,
          promisedLimitDays: item.promisedLimitDays,
        });
    }
    if (result.items.length < SERVED_PAGE) break;
  }
  return nearest;
}

/** The targets a county can be served with: items it has, bundles whose every step it has. */
export function targetPickerFor(
  served: Map<string, ServedItem>,
  targets: readonly Target[],
): ((random: Random) => Target) | null {
  const available = targets.filter((t) =>
    t.kind === 'item' ? served.has(t.id) : (t.steps ?? []).every((code) => served.has(code)),
  );
  return available.length > 0 ? weightedPicker(available.map((t) => ({ value: t, weight: t.weight }))) : null;
}

/** Targets in force on each day a catalog batch was published (and on the first day). */
export async function targetEpochs(
  catalog: CatalogService,
  from: string,
  to: string,
): Promise<{ from: string; targets: Target[]; bundles: Bundle[] }[]> {
  const days = new Set([from]);
  for (const batch of await catalog.listBatches())
    if (batch.publishedOn > from && batch.publishedOn <= to) days.add(batch.publishedOn);
  const bundles = await Promise.all((await catalog.listBundles()).map((b) => catalog.getBundle(b.id)));
  const epochs = [];
  for (const day of [...days].sort()) {
    const items = [];
    for (let page = 1; ; page++) {
      const result = await catalog.searchItems({ asOf: day, page, pageSize: 100 });
      items.push(...result.items);
      if (result.items.length < 100) break;
    }
    const inForce = new Set(items.map((i) => i.basicCode));
    const targets: Target[] = [
      ...items.map((i) => ({
        key: `item:${i.basicCode}`,
        kind: 'item' as const,
        id: i.basicCode,
        audiences: i.audiences,
        guideVisits: i.visits,
        weight: 1,
      })),
      ...bundles
        .filter((b) => b.steps.every((s) => inForce.has(s.basicCode)))
        .map((b) => ({
          key: `bundle:${b.id}`,
          kind: 'bundle' as const,
          id: b.id,
          audiences: [b.audience],
          guideVisits: 0,
          weight: BUNDLE_WEIGHT,
          steps: b.steps.map((step) => step.basicCode),
        })),
    ];
    epochs.push({ from: day, targets, bundles });
  }
  return epochs;
}

/** What a synthetic case is filed for: the items (one, or a bundle's steps) where, by whom, under which limits. */
export type HistoryPlan = {
  title: string;
  regionCode: string;
  regionName: string;
  bundleId: string | null;
  /** The implementation that names the case number (a bundle's first step). */
  implementationCode: string;
  promisedLimitDays: number;
  items: {
    stepKey: string | null;
    basicCode: string;
    version: number;
    implementationCode: string;
    name: string;
    departmentId: string;
    departmentName: string;
    dependsOn: string[];
    promisedLimitDays: number;
  }[];
};

/** Reference a plan is built from, read once per run: departments by body, versions, region names, bundles. */
export type PlanReference = {
  departmentOf: Map<string, { id: string; name: string }>;
  versionOf: Map<string, number>;
  regionNames: Map<string, string>;
  bundles: Map<string, Bundle>;
};

/**
 * A case's plan as a submission would resolve it, built from what was read once: the served
 * implementation of each item, the department its body's USCC names (GB 32100: the implementation
 * code begins with it), the catalog version in force. Null when something is missing.
 */
export function planOf(
  target: Target,
  county: County,
  served: Map<string, ServedItem>,
  reference: PlanReference,
): HistoryPlan | null {
  const bundle = target.kind === 'bundle' ? reference.bundles.get(target.id) : undefined;
  const steps = bundle
    ? bundle.steps.map((step) => ({
        basicCode: step.basicCode,
        key: step.key as string | null,
        dependsOn: step.dependsOn,
      }))
    : [{ basicCode: target.id, key: null, dependsOn: [] as string[] }];
  const items: HistoryPlan['items'] = [];
  for (const step of steps) {
    const item = served.get(step.basicCode);
    const department = item && reference.departmentOf.get(item.implementationCode.slice(0, 18));
    const version = reference.versionOf.get(step.basicCode);
    if (!item || !department || version === undefined) return null;
    items.push({
      stepKey: step.key,
      basicCode: item.basicCode,
      version,
      implementationCode: item.implementationCode,
      name: item.name,
      departmentId: department.id,
      departmentName: department.name,
      dependsOn: step.dependsOn,
      promisedLimitDays: item.promisedLimitDays,
    });
  }
  const first = items[0]!;
  const single = served.get(first.basicCode)!;
  return bundle
    ? {
        title: bundle.name,
        regionCode: county.code,
        regionName: `${county.cityName}${county.name}`,
        bundleId: bundle.id,
        implementationCode: first.implementationCode,
        promisedLimitDays: bundle.targetDays,
        items,
      }
    : {
        title: first.name,
        regionCode: single.regionCode,
        regionName: reference.regionNames.get(single.regionCode) ?? single.regionCode,
        bundleId: null,
        implementationCode: first.implementationCode,
        promisedLimitDays: first.promisedLimitDays,
        items,
      };
}
