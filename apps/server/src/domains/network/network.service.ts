import { regionLineage, type Department, type Region, type ServicePoint, type ServicePointKind } from '@yici/contracts';
import type { Clock } from '../../platform/clock';
import { networkErrors } from './network.errors';
import type { NetworkRepository, RegionRow } from './network.repository';

export type RegionWithPath = Region & { path: { code: string; name: string }[] };

function isValidOn(region: RegionRow, asOf: string): boolean {
  return (region.validFrom === null || region.validFrom <= asOf) && (region.validTo === null || region.validTo > asOf);
}

/** Service points per read of their regions (`servicePointRegions`). */
const REGION_PAGE = 5_000;

/** The five-level service network: regions, departments and service points. Public, read-only. */
export function createNetworkService(deps: { repo: NetworkRepository; clock: Clock }) {
  const { repo, clock } = deps;

  /** Resolves a region valid on the date, or throws REGION_NOT_FOUND. */
  async function requireRegion(code: string, asOf: string): Promise<RegionRow> {
    const region = await repo.findRegion(code);
    if (!region || !isValidOn(region, asOf)) throw networkErrors.regionNotFound(code, asOf);
    return region;
  }

  /** The region and its ancestors, province first; each must exist on the date. */
  async function regionPath(code: string, asOf?: string): Promise<RegionRow[]> {
    const date = asOf ?? clock.today();
    const lineage = await repo.findRegions(regionLineage(code));
    const byCode = new Map(lineage.map((r) => [r.code, r]));
    const path = regionLineage(code).map((c) => byCode.get(c));
    // A code of no level's length has no lineage at all: not found either, never an empty path.
    if (path.length === 0 || path.some((r) => !r || !isValidOn(r, date)))
      throw networkErrors.regionNotFound(code, date);
    return path as RegionRow[];
  }

  return {
    requireRegion,
    regionPath,

    async listRegions(query: { parent?: string; asOf?: string }): Promise<Region[]> {
      const asOf = query.asOf ?? clock.today();
      if (query.parent === undefined) return repo.listChildRegions({ parentCode: null, asOf });
      // Every ancestor must exist on the date too: a town of a merged county is not listed then.
      await regionPath(query.parent, asOf);
      return repo.listChildRegions({ parentCode: query.parent, asOf });
    },

    async getRegion(code: string, asOf?: string): Promise<RegionWithPath> {
      const date = asOf ?? clock.today();
      const path = await regionPath(code, date);
      const self = path[path.length - 1]!;
      return {
        ...self,
        hasChildren: await repo.hasChildRegions({ parentCode: code, asOf: date }),
        path: path.map((r) => ({ code: r.code, name: r.name })),
      };
    },

    /** Names of regions by code, whatever their validity (for reports that span dates). */
    async regionNames(codes: string[]): Promise<Map<string, string>> {
      const rows = await repo.findRegions([...new Set(codes)]);
      return new Map(rows.map((r) => [r.code, r.name]));
    },

    async listDepartments(query: { region?: string; kind?: string }): Promise<Department[]> {
      if (query.region) await requireRegion(query.region, clock.today());
      return repo.listDepartments({ regionCode: query.region, kind: query.kind });
    },

    async getDepartment(id: string) {
      const department = await repo.findDepartmentById(id);
      if (!department) throw networkErrors.departmentNotFound(id, 'id');
      return department;
    },

    /** One hall, centre, station or kiosk, or null. */
    async findServicePoint(id: string) {
      return repo.findServicePoint(id);
    },

    /** The department an implementing body's USCC names (implementations carry the body's USCC). */
    async departmentByUscc(uscc: string) {
      const department = await repo.findDepartmentByUscc(uscc);
      if (!department) throw networkErrors.departmentNotFound(uscc, 'uscc');
      return department;
    },

    /** The body of a kind in a region (e.g. the approval bureau of 济南市). */
    async findDepartment(options: { regionCode: string; kind: string }) {
      const department = await repo.findDepartment(options);
      if (!department) throw networkErrors.departmentNotFound(options.regionCode, options.kind);
      return department;
    },

    async listServicePoints(query: {
      region: string;
      kind?: ServicePointKind;
      q?: string;
      asOf?: string;
      page?: number;
      after?: string;
      pageSize: number;
    }): Promise<{
      items: ServicePoint[];
      total: number | null;
      page: number | null;
      pageSize: number;
      next: string | null;
    }> {
      if (query.after !== undefined && query.page !== undefined) throw networkErrors.pageWithAfter();
      await requireRegion(query.region, query.asOf ?? clock.today());
      const page = query.after !== undefined ? null : (query.page ?? 1);
      const found = await repo.listServicePoints({
        regionPrefix: query.region,
        kind: query.kind,
        words: query.q?.split(/\s+/).filter(Boolean) ?? [],
        offset: ((page ?? 1) - 1) * query.pageSize,
        limit: query.pageSize,
        afterId: query.after,
      });
      if (!found) throw networkErrors.afterUnknown();
      const last = found.items[found.items.length - 1];
      return {
        items: found.items,
        total: found.total,
        page,
        pageSize: query.pageSize,
        next: found.more && last ? last.id : null,
      };
    },

    /**
     * Every service point's region code by its id (the figures tell a case taken in at a hall
     * outside its region), with how many points there are: the province's 64,000 points read as two
     * columns in pages of 5,000 — each a short statement, for the embedded database's one connection
     * serves requests in between —, where paging the full listing (item lists, addresses) took 65
     * reads and 3–8 times as long.
     */
    async servicePointRegions(): Promise<{ regions: Record<string, string>; count: number }> {
      const regions: Record<string, string> = {};
      let after: string | null = null;
      let count = 0;
      for (;;) {
        const page = await repo.servicePointRegions(after, REGION_PAGE);
        for (const point of page) regions[point.id] = point.regionCode;
        count += page.length;
        if (page.length < REGION_PAGE) return { regions, count };
        after = page[page.length - 1]!.id;
      }
    },

    /** How many service points there are (only seeding adds them; none is changed or removed). */
    countServicePoints(): Promise<number> {
      return repo.countServicePoints();
    },

    /** One service point by its id (a window's rating screen names its hall). */
    async getServicePoint(id: string): Promise<ServicePoint> {
      const point = await repo.getServicePoint(id);
      if (!point) throw networkErrors.servicePointNotFound(id);
      return point;
    },
  };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
