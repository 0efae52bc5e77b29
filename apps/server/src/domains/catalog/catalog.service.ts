import { createMemo } from '../../platform/memo';
import {
  DEPARTMENT_NAMES,
  ITEM_TYPES,
  type Bundle,
  type ConsistencyReport,
  type ItemDetail,
  type ItemImplementation,
  type ItemQuery,
  type ItemSummary,
  type ServiceItem,
} from '@yici/contracts';
import type { Clock } from '../../platform/clock';
import type { NetworkService } from '../network/network.service';
import { parseBasicCode, parseImplementationCode } from './catalog.codes';
import { checkItemQuality, compareWithStandard } from './catalog.consistency';
import { catalogErrors } from './catalog.errors';
import type { CatalogRepository, ImplementationRow, ItemRow } from './catalog.repository';
import { expandedTsQueryOf, matchesAny, queryAlternatives, termSetOf, type SearchVocabulary } from './catalog.search';

export function toServiceItem(row: ItemRow): ServiceItem {
  return {
    ...row.elements,
    basicCode: row.basicCode,
    version: row.version,
    batch: { id: row.batchId, name: row.batchName, publishedOn: row.publishedOn },
    itemTypeName: ITEM_TYPES[row.elements.itemType],
  };
}

function toImplementation(impl: ImplementationRow, item: ItemRow, regionName: string): ItemImplementation {
  return {
    ...item.elements,
    ...impl.overrides,
    implementationCode: impl.implementationCode,
    basicCode: impl.basicCode,
    version: impl.itemVersion,
    regionCode: impl.regionCode,
    regionName,
    exerciseLevel: impl.exerciseLevel as ItemImplementation['exerciseLevel'],
    implementingBody: { uscc: impl.bodyUscc, name: impl.bodyName },
    deviations: [...new Set(compareWithStandard(item.elements, impl.overrides).map((d) => d.element))],
    batch: { id: item.batchId, name: item.batchName, publishedOn: item.publishedOn },
    itemTypeName: ITEM_TYPES[item.elements.itemType],
  };
}

/** How well a bundle answers a query: its name counts most, then its themes, steps, description. */
function bundleScore(bundle: Bundle, alternatives: string[]): number {
  const fields: [string[], number][] = [
    [[bundle.name], 8],
    [bundle.themes, 4],
    [bundle.steps.map((step) => step.name), 2],
    [[bundle.description], 1],
  ];
  return fields.reduce(
    (score, [texts, weight]) => score + (matchesAny(termSetOf(texts), alternatives) ? weight : 0),
    0,
  );
}

/** The public service catalog (事项清单): search, guides, bundles and the consistency report. */
export function createCatalogService(deps: {
  repo: CatalogRepository;
  network: NetworkService;
  clock: Clock;
  /** Everyday words and their catalog words (data/catalog/synonyms.json). */
  vocabulary: SearchVocabulary;
  /** Keep answers per published batch in memory (YICI_CACHES); on unless said. */
  caches?: boolean;
}) {
  const { repo, network, clock, vocabulary } = deps;
  const caches = deps.caches ?? true;
  // The catalog changes only when a batch is published, so an answer is kept under the batches
  // published when it was computed (and the day it is for): a new batch is a new key. The list of
  // batches itself is read at most once a second, so another process's publication is seen
  // within a second. Errors (an unknown code or region) are never kept.
  const answers = createMemo<Promise<unknown>>({ max: 5_000, enabled: caches });
  let published: { batches: Promise<string>; until: number } | null = null;

  function publishedBatches(): Promise<string> {
    const now = clock.now().getTime();
    if (published && published.until > now) return published.batches;
    const batches = repo.listBatches().then((rows) => rows.map((row) => row.id).join(','));
    published = { batches, until: now + 1_000 };
    batches.catch(() => (published = null));
    return batches;
  }

  async function remembered<T>(kind: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    if (!caches) return compute();
    const key = `${kind}|${await publishedBatches()}|${clock.today()}|${JSON.stringify(args)}`;
    return answers.get(key, compute) as Promise<T>;
  }
  // The report reads the whole catalog (a quarter of a second) and changes only when a batch is
  // published: kept a minute per region and date, like the other reference data, so that anyone
  // calling it repeatedly costs the platform little.
  const reports = new Map<string, { report: Promise<ConsistencyReport>; until: number }>();

  async function buildConsistencyReport(query: { region?: string; asOf: string }): Promise<ConsistencyReport> {
    const asOf = query.asOf;
    if (query.region) await network.regionPath(query.region, asOf);
    const items = await repo.listItemsInForce(asOf);
    const implementations = await repo.listImplementationsInForce({ asOf, regionPrefix: query.region });
    const itemsByCode = new Map(items.map((i) => [i.basicCode, i]));
    const names = await network.regionNames(implementations.map((i) => i.regionCode));
    const report: ConsistencyReport = {
      asOf,
      itemCount: items.length,
      implementationCount: implementations.length,
      deviatingImplementationCount: 0,
      deviations: [],
      qaFindings: [],
    };
    for (const item of items) {
      for (const finding of checkItemQuality(item.elements)) {
        report.qaFindings.push({
          basicCode: item.basicCode,
          itemName: item.elements.name,
          implementationCode: null,
          ...finding,
        });
      }
    }
    for (const impl of implementations) {
      const item = itemsByCode.get(impl.basicCode)!;
      const deviations = compareWithStandard(item.elements, impl.overrides);
      if (deviations.length === 0) continue;
      report.deviatingImplementationCount += 1;
      const regionName = names.get(impl.regionCode) ?? impl.regionCode;
      for (const d of deviations) {
        report.deviations.push({
          implementationCode: impl.implementationCode,
          basicCode: impl.basicCode,
          itemName: item.elements.name,
          regionCode: impl.regionCode,
          regionName,
          ...d,
        });
      }
      // QA findings the standard does not already have come from the local deviation.
      const standardRules = new Set(checkItemQuality(item.elements).map((f) => f.rule));
      for (const finding of checkItemQuality({ ...item.elements, ...impl.overrides })) {
        if (standardRules.has(finding.rule)) continue;
        report.qaFindings.push({
          basicCode: impl.basicCode,
          itemName: item.elements.name,
          implementationCode: impl.implementationCode,
          ...finding,
        });
      }
    }
    return report;
  }

  const service = {
    async searchItems(query: ItemQuery) {
      const asOf = query.asOf ?? clock.today();
      // Items of the region itself and of every level above it are all available there.
      const path = query.region ? await network.regionPath(query.region, asOf) : null;
      const regionCodes = path ? path.map((r) => r.code) : null;
      const regionsByCode = new Map((path ?? []).map((r) => [r.code, r]));
      const text = query.q?.trim() || null;
      const tsQuery = text ? expandedTsQueryOf(text, vocabulary) : null;
      const { rows, total } = await repo.searchItems({
        asOf,
        regionCodes,
        tsQuery,
        text,
        department: query.department,
        audience: query.audience,
        theme: query.theme,
        oneVisit: query.oneVisit,
        online: query.online,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      // A query of punctuation only finds nothing rather than everything.
      const nothingSearchable = text !== null && tsQuery === null;
      const items: ItemSummary[] = nothingSearchable
        ? []
        : rows.map((r) => ({
            code: r.code,
            basicCode: r.basicCode,
            name: r.listing.name,
            itemTypeName: ITEM_TYPES[r.listing.itemType],
            departmentKind: r.listing.departmentKind,
            departmentName: r.bodyName ?? DEPARTMENT_NAMES[r.listing.departmentKind],
            regionCode: r.regionCode,
            audiences: r.listing.audiences,
            themes: r.listing.themes,
            promisedLimitDays: r.listing.promisedLimitDays,
            visits: r.listing.visits,
            onlineDepth: r.listing.onlineDepth,
            oneVisit: r.listing.oneVisit,
            implementedAt: r.implementedAt.flatMap((at) => {
              const region = regionsByCode.get(at.regionCode);
              return region ? [{ ...at, regionName: region.name, level: region.level }] : [];
            }),
          }));
      return { items, total: nothingSearchable ? 0 : total, page: query.page, pageSize: query.pageSize };
    },

    /** The names of items in force on a day, by basic code, in one query (codes not in force are left out). */
    async itemNames(basicCodes: string[], asOfDate?: string): Promise<Map<string, string>> {
      const rows = await repo.findItemsInForce(basicCodes, asOfDate ?? clock.today());
      return new Map(rows.map((r) => [r.basicCode, r.elements.name]));
    },

    /** An item guide by basic code (the standard) or implementation code (one body's version). */
    async getItem(code: string, asOfDate?: string): Promise<ItemDetail> {
      const asOf = asOfDate ?? clock.today();
      if (code.length === 12) {
        const parsed = parseBasicCode(code);
        if (!parsed.ok) throw catalogErrors.codeInvalid(parsed.issues);
        const item = await repo.findItemInForce(code, asOf);
        if (!item) throw catalogErrors.itemNotFound(code, asOf);
        const implementationCount = await repo.countImplementations(item.basicCode, item.version);
        return { kind: 'standard', item: toServiceItem(item), implementationCount };
      }
      if (code.length === 31) {
        const parsed = parseImplementationCode(code);
        if (!parsed.ok) throw catalogErrors.codeInvalid(parsed.issues);
        const impl = await repo.findImplementation(code, asOf);
        if (!impl) throw catalogErrors.itemNotFound(code, asOf);
        const item = (await repo.findItemVersion(impl.basicCode, impl.itemVersion))!;
        const names = await network.regionNames([impl.regionCode]);
        return {
          kind: 'implementation',
          item: toImplementation(impl, item, names.get(impl.regionCode) ?? impl.regionCode),
          standard: toServiceItem(item),
        };
      }
      throw catalogErrors.codeInvalid([
        { path: 'code', message: `应为 12 位基本编码或 31 位实施编码，实际 ${code.length} 位` },
      ]);
    },

    /**
     * The implementation an applicant in a region is served by: the item as implemented in the
     * region itself, or else in the nearest region above it (a county-level item of a city).
     */
    async implementationFor(basicCode: string, regionCode: string, asOfDate?: string): Promise<ItemImplementation> {
      const asOf = asOfDate ?? clock.today();
      const path = (await network.regionPath(regionCode, asOf)).map((r) => r.code).reverse();
      const impl = await repo.findImplementationNearest(basicCode, path, asOf);
      if (!impl) throw catalogErrors.itemNotFound(`${basicCode}@${regionCode}`, asOf);
      const item = (await repo.findItemVersion(impl.basicCode, impl.itemVersion))!;
      const names = await network.regionNames([impl.regionCode]);
      return toImplementation(impl, item, names.get(impl.regionCode) ?? impl.regionCode);
    },

    /** One implementation by its 31-character code, as in force on a date. */
    async getImplementation(implementationCode: string, asOfDate?: string): Promise<ItemImplementation> {
      const asOf = asOfDate ?? clock.today();
      const parsed = parseImplementationCode(implementationCode);
      if (!parsed.ok) throw catalogErrors.codeInvalid(parsed.issues);
      const impl = await repo.findImplementation(implementationCode, asOf);
      if (!impl) throw catalogErrors.itemNotFound(implementationCode, asOf);
      const item = (await repo.findItemVersion(impl.basicCode, impl.itemVersion))!;
      const names = await network.regionNames([impl.regionCode]);
      return toImplementation(impl, item, names.get(impl.regionCode) ?? impl.regionCode);
    },

    /**
     * The bundles (一件事), or those a query finds, best first: a bundle is what a citizen means by
     * 开公司 or 卖房, so the search page shows matching bundles above single items.
     */
    async listBundles(query: { q?: string } = {}) {
      const bundles = await repo.listBundles();
      const summaries = bundles.map(({ steps, onDenial: _onDenial, ...rest }) => ({
        ...rest,
        stepCount: steps.length,
      }));
      const text = query.q?.trim();
      if (!text) return summaries;
      const alternatives = queryAlternatives(text, vocabulary);
      const ranked = bundles
        .map((bundle, index) => ({ index, score: bundleScore(bundle, alternatives) }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index);
      return ranked.map((hit) => summaries[hit.index]!);
    },

    async getBundle(id: string): Promise<Bundle> {
      const bundle = await repo.findBundle(id);
      if (!bundle) throw catalogErrors.bundleNotFound(id);
      return bundle;
    },

    async listBatches() {
      return repo.listBatches();
    },

    /** "同一标准": every implementation that departs from its standard, and every QA rule broken. */
    async consistencyReport(query: { region?: string; asOf?: string }): Promise<ConsistencyReport> {
      const asOf = query.asOf ?? clock.today();
      const key = `${query.region ?? ''}|${asOf}`;
      const now = clock.now().getTime();
      const cached = reports.get(key);
      if (cached && cached.until > now) return cached.report;
      if (reports.size >= 200) reports.clear();
      const report = buildConsistencyReport({ region: query.region, asOf });
      reports.set(key, { report, until: now + 60_000 });
      // A failed build (an unknown region) is not kept.
      report.catch(() => reports.delete(key));
      return report;
    },
  };

  // What the public pages read most, kept per published batch (above).
  return {
    ...service,
    searchItems: (query: ItemQuery) => remembered('search', query, () => service.searchItems(query)),
    getItem: (code: string, asOfDate?: string) =>
      remembered('item', [code, asOfDate ?? null], () => service.getItem(code, asOfDate)),
    listBundles: (query: { q?: string } = {}) =>
      remembered('bundles', query.q?.trim() || null, () => service.listBundles(query)),
    getBundle: (id: string) => remembered('bundle', id, () => service.getBundle(id)),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
