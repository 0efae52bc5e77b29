/** Villages and counties to generate residents and entities in, from the region data. */

/** A village or community a resident's household is registered in. */
export type Village = {
  code: string;
  /** Province down to the village, e.g. 山东省济南市历下区解放路街道解放桥社区. */
  address: string;
  /** Urban communities get flat numbers, villages house numbers. */
  isCommunity: boolean;
  /** The GB/T 2260 county code an ID number issued here carries. */
  idAddressCode: string;
};

/** A county (or development zone) entities register in. */
export type County = {
  code: string;
  name: string;
  cityName: string;
  /** 山东省济南市历下区 */
  address: string;
  /** The six-digit region code in the USCCs its registration authority issues. */
  registrationCode: string;
};

/** A row of data/regions/shandong-regions.json. */
export type RegionRowData = [string, string, string, string | null, string | null, string | null];

// The data spells committees many ways, some truncated or doubled: 村民委会, 社区居委, 村村委委员会 …
const VILLAGE_SUFFIX =
  /(村民委员会|村民委员|村民委会|村民会员会|村委会|村委|村会|社区居民委员会|社区居民委会|社区居委会|社区居委|社区居民|社区居会|社区居|居民委员会|居民委员|居民委会|居委会会|居委会|委员会|委会)$/;

/** 解放桥社区居民委员会 → 解放桥社区, 大辛庄村民委员会 → 大辛庄村. */
function villageShortName(name: string): { name: string; isCommunity: boolean } {
  let stem = name;
  let kind: 'village' | 'community' | null = null;
  for (let suffix = VILLAGE_SUFFIX.exec(stem)?.[1]; suffix; suffix = VILLAGE_SUFFIX.exec(stem)?.[1]) {
    stem = stem.slice(0, -suffix.length);
    if (suffix.startsWith('村')) kind ??= 'village';
    else if (suffix.startsWith('社区') || suffix.startsWith('居')) kind ??= 'community';
  }
  if (kind === 'village') return { name: stem.endsWith('村') ? stem : `${stem}村`, isCommunity: false };
  if (kind === 'community') return { name: stem.endsWith('社区') ? stem : `${stem}社区`, isCommunity: true };
  return { name: stem, isCommunity: stem.endsWith('社区') };
}

/** Development zones carry statistics codes (x7x) that no ID number or registration authority uses. */
const isDevelopmentZone = (countyCode: string) => countyCode[4] === '7';

/**
 * The villages and counties to generate from: those whose codes start with one of `within`
 * (default every village of the province). Historical regions are skipped.
 */
export function placesFromRegions(
  rows: readonly RegionRowData[],
  options: { within?: readonly string[] } = {},
): { villages: Village[]; counties: County[] } {
  const byCode = new Map(rows.map((r) => [r[0], r]));
  const inScope = (code: string) => !options.within || options.within.some((prefix) => code.startsWith(prefix));
  const current = rows.filter((r) => r[5] === null);
  // A development zone's residents hold ID numbers of their city's first ordinary district.
  const firstCountyOfCity = new Map<string, string>();
  for (const [code, , level] of current) {
    if (level === 'county' && !isDevelopmentZone(code) && !firstCountyOfCity.has(code.slice(0, 4))) {
      firstCountyOfCity.set(code.slice(0, 4), code);
    }
  }
  const nameOf = (code: string) => byCode.get(code)?.[1] ?? '';

  const villages: Village[] = [];
  const countyCodes = new Set<string>();
  for (const [code, name, level] of current) {
    if (level !== 'village' || !inScope(code)) continue;
    const county = code.slice(0, 6);
    const short = villageShortName(name);
    villages.push({
      code,
      address: `${nameOf(code.slice(0, 2))}${nameOf(code.slice(0, 4))}${nameOf(county)}${nameOf(code.slice(0, 9))}${short.name}`,
      isCommunity: short.isCommunity,
      idAddressCode: isDevelopmentZone(county) ? (firstCountyOfCity.get(county.slice(0, 4)) ?? county) : county,
    });
    countyCodes.add(county);
  }
  const counties = [...countyCodes].sort().map((code) => ({
    code,
    name: nameOf(code),
    cityName: nameOf(code.slice(0, 4)),
    address: `${nameOf(code.slice(0, 2))}${nameOf(code.slice(0, 4))}${nameOf(code)}`,
    registrationCode: isDevelopmentZone(code) ? `${code.slice(0, 4)}00` : code,
  }));
  return { villages, counties };
}
