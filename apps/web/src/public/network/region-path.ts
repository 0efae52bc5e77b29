import { RegionCodeSchema, regionLineage } from '@yici/contracts';

export const PROVINCE_CODE = '37';

/** The region filters choose a city (4 digits) or a county (6 digits) inside the province. */
export function isSelectableRegion(code: string | null | undefined): code is string {
  if (!code || !RegionCodeSchema.safeParse(code).success) return false;
  return code.startsWith(PROVINCE_CODE) && (code.length === 4 || code.length === 6);
}

export function isProvinceRegion(code: string | null | undefined): code is string {
  return !!code && code.startsWith(PROVINCE_CODE) && RegionCodeSchema.safeParse(code).success;
}

/**
 * The cascade's value path for a code, without the province and below the county:
 * 370202 → [3702, 370202]; a town code shows as its county.
 */
export function regionPathOf(code: string | undefined): string[] {
  if (!isProvinceRegion(code)) return [];
  return regionLineage(code).filter((part) => part.length === 4 || part.length === 6);
}
