/**
 * What a bulletin needs from domains the ledger does not own, passed in from `platform.ts`: red
 * cards by city and department, and the 3545 figures by city, for a period of China dates. The red
 * cards are 电子监察's card records (`monitoring.figures-source.ts`: raised red or escalated to red
 * in the period); the 3545 medians come from the case records (`cases.bulletin-source.ts`).
 */
export type BulletinPeriod = { from: string; to: string };

export type RedCardCounts = {
  byCity: { regionCode: string; name: string; count: number }[];
  byDepartment: { departmentId: string; name: string; count: number }[];
};

export type City3545Figure = {
  bundleId: string;
  regionCode: string;
  name: string;
  medianWorkdays: number;
  cases: number;
};

export type BulletinSources = {
  redCardsBy(period: BulletinPeriod): Promise<RedCardCounts>;
  figures3545ByCity(period: BulletinPeriod): Promise<City3545Figure[]>;
};

/** The 3545 bundles a bulletin ranks cities on, with the promise in working days. */
export const BULLETIN_BUNDLES = [
  { bundleId: 'enterprise-opening', name: '企业开办', promisedDays: 3 },
  { bundleId: 'real-estate-transfer', name: '不动产登记', promisedDays: 5 },
  { bundleId: 'construction-project-approval', name: '工程建设项目审批', promisedDays: 45 },
] as const;
