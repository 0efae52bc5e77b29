import type { ApplicationTarget, Bundle, ItemImplementation } from '@yici/contracts';
import type { Clock } from '../../platform/clock';
import type { CatalogService } from '../catalog/catalog.service';
import type { NetworkService } from '../network/network.service';
import type { CaseItemSnapshot } from './cases.tables';

/** One item of a case with the catalog elements the flow needs (materials, situations, audiences). */
export type PlanItem = CaseItemSnapshot & {
  elements: ItemImplementation;
  /** Material keys the bundle step makes inside the case (never asked of the applicant). */
  produces: string[];
};

/** What an application resolves to: the items (one, or a bundle's steps), where, and under which limits. */
export type CasePlan = {
  target: ApplicationTarget;
  title: string;
  regionCode: string;
  regionName: string;
  bundle: Bundle | null;
  /** The implementation that names the case number (a bundle's first step). */
  implementationCode: string;
  promisedLimitDays: number;
  items: PlanItem[];
};

type PlanPorts = { catalog: CatalogService; network: NetworkService; clock: Clock };

/**
 * Resolves targets to plans. Plans are reference data of the day (catalog versions in force,
 * implementations, departments), so they are kept in memory for a minute: the hot submission path
 * does not re-read the catalog for every application.
 */
export function createPlanResolver(ports: PlanPorts, options: { ttlMs?: number; maxEntries?: number } = {}) {
  const { catalog, network, clock } = ports;
  const ttlMs = options.ttlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 2_000;
  const memo = createTtlMemo(clock, { ttlMs, maxEntries });

  async function itemFor(impl: ItemImplementation, step: Bundle['steps'][number] | null): Promise<PlanItem> {
    const department = await network.departmentByUscc(impl.implementingBody.uscc);
    const joint = step
      ? await Promise.all(
          step.jointDepartments.map(async (kind) => {
            const d = await network.findDepartment({ regionCode: impl.regionCode, kind });
            return { id: d.id, name: d.name };
          }),
        )
      : [];
    return {
      stepKey: step?.key ?? null,
      basicCode: impl.basicCode,
      version: impl.version,
      implementationCode: impl.implementationCode,
      name: impl.name,
      departmentId: department.id,
      departmentName: department.name,
      jointDepartments: joint,
      dependsOn: step?.dependsOn ?? [],
      promisedLimitDays: impl.promisedLimitDays,
      resultCertificateType: impl.resultCertificateType,
      handledAt: { regionCode: impl.regionCode, regionName: impl.regionName, bodyName: impl.implementingBody.name },
      elements: impl,
      produces: step?.produces ?? [],
    };
  }

  async function build(target: ApplicationTarget, asOf: string): Promise<CasePlan> {
    if (target.kind === 'item') {
      const impl = await catalog.getImplementation(target.implementationCode, asOf);
      const item = await itemFor(impl, null);
      return {
        target,
        title: impl.name,
        regionCode: impl.regionCode,
        regionName: impl.regionName,
        bundle: null,
        implementationCode: impl.implementationCode,
        promisedLimitDays: impl.promisedLimitDays,
        items: [item],
      };
    }
    const bundle = await catalog.getBundle(target.bundleId);
    const region = await network.getRegion(target.regionCode, asOf);
    const items = await Promise.all(
      bundle.steps.map(async (step) =>
        itemFor(await catalog.implementationFor(step.basicCode, target.regionCode, asOf), step),
      ),
    );
    return {
      target,
      title: bundle.name,
      regionCode: target.regionCode,
      regionName:
        region.path
          .slice(1)
          .map((p) => p.name)
          .join('') || region.name,
      bundle,
      implementationCode: items[0]!.implementationCode,
      promisedLimitDays: bundle.targetDays,
      items,
    };
  }

  return {
    resolve(target: ApplicationTarget, asOf = clock.today()): Promise<CasePlan> {
      return memo(`${JSON.stringify(target)}@${asOf}`, () => build(target, asOf));
    },
  };
}

export type PlanResolver = ReturnType<typeof createPlanResolver>;

/**
 * Reference data a transition reads before its transaction (departments, regions, bundles): the
 * same for every case of a day, so kept for a minute instead of read on every decision.
 */
export function createReferenceData(ports: PlanPorts, options: { ttlMs?: number } = {}) {
  const { catalog, network, clock } = ports;
  const memo = createTtlMemo(clock, { ttlMs: options.ttlMs ?? 60_000, maxEntries: 5_000 });
  return {
    department: (id: string) => memo(`department:${id}`, () => network.getDepartment(id)),
    region: (code: string) => memo(`region:${code}`, () => network.getRegion(code)),
    bundle: (id: string) => memo(`bundle:${id}`, () => catalog.getBundle(id)),
  };
}

export type ReferenceData = ReturnType<typeof createReferenceData>;

/**
 * Promises of reference data kept for `ttlMs` by key (the oldest dropped past `maxEntries`). A
 * failed load is not remembered: the next call asks again.
 *
 * An entry belongs to the China day it was read on and ages in the process's own time, not on the
 * platform's clock: how long a process may keep what it read is a matter of its freshness, and a
 * simulated clock that moves minutes between two applications (`yici simulate`) would otherwise
 * read the catalog again for every one. A new day (a new catalog version, a region's change in
 * force) reads afresh on either clock.
 */
function createTtlMemo(clock: Clock, options: { ttlMs: number; maxEntries: number; elapsedMs?: () => number }) {
  const elapsedMs = options.elapsedMs ?? (() => performance.now());
  const cache = new Map<string, { at: number; day: string; value: Promise<unknown> }>();
  return function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = elapsedMs();
    const day = clock.today();
    const hit = cache.get(key);
    if (hit && hit.day === day && now - hit.at < options.ttlMs) return hit.value as Promise<T>;
    const value = load();
    cache.set(key, { at: now, day, value });
    value.catch(() => cache.delete(key));
    if (cache.size > options.maxEntries) cache.delete(cache.keys().next().value!);
    return value;
  };
}
