import { readFileSync } from 'node:fs';
import { DEPARTMENT_CODES, DEPARTMENT_NAMES, type DepartmentKind, type RegionLevel } from '@yici/contracts';
import { completeUscc } from '../../platform/codes';
import { streetAddressOf, villageAddressOf } from './network.addresses';
import type { NetworkRepository, ServicePointRow } from './network.repository';

type RegionRowData = [string, string, RegionLevel, string | null, string | null, string | null];

export type NetworkSeedScope =
  /** Every region down to the 62,074 villages and a station in each (npm start). */
  | 'full'
  /** Province, cities and counties, plus the towns and villages of 历下区 only (fast tests). */
  | 'core';

export type NetworkSeedOptions = {
  regionsFile: string;
  scope: NetworkSeedScope;
  /** Items a town centre, a village station and a kiosk take in (basic codes, from the catalog). */
  intake: { town: string[]; village: string[]; kiosk: string[] };
};

const CORE_COUNTY = '370102';

/** Telephone area codes of the 17 cities of 2018. */
const AREA_CODES: Record<string, string> = {
  '3701': '0531',
  '3702': '0532',
  '3703': '0533',
  '3704': '0632',
  '3705': '0546',
  '3706': '0535',
  '3707': '0536',
  '3708': '0537',
  '3709': '0538',
  '3710': '0631',
  '3711': '0633',
  '3712': '0634',
  '3713': '0539',
  '3714': '0534',
  '3715': '0635',
  '3716': '0543',
  '3717': '0530',
};

const CITY_ONLY_KINDS: DepartmentKind[] = ['water_utility', 'power_utility', 'gas_utility', 'heating_utility'];
// The province keeps no approval bureau: approvals moved to the cities' and counties' bureaus.
const PROVINCE_KINDS = (Object.keys(DEPARTMENT_CODES) as DepartmentKind[]).filter(
  (k) => k !== 'approval_bureau' && !CITY_ONLY_KINDS.includes(k),
);
const COUNTY_KINDS = PROVINCE_KINDS.concat('approval_bureau');
const CITY_KINDS = COUNTY_KINDS.concat(CITY_ONLY_KINDS);

const HALL_HOURS = '周一至周五 9:00—12:00，13:00—17:00（法定节假日除外）；周六上午延时服务';
const CENTRE_HOURS = '周一至周五 8:30—12:00，13:30—17:30（法定节假日除外）';
const STATION_HOURS = '周一至周五 8:30—17:30，代办员可预约上门';

export function readRegionRows(file: string, scope: NetworkSeedScope): RegionRowData[] {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as RegionRowData[];
  if (scope === 'full') return rows;
  return rows.filter(([code, , level]) => !['town', 'village'].includes(level) || code.startsWith(CORE_COUNTY));
}

/**
 * The USCC of a government body: 11 (机关) or 91 (enterprise, for utilities) + the six-digit region
 * code + a nine-character organisation code derived from the department code, + check character.
 */
export function bodyUscc(kind: DepartmentKind, regionCode: string): string {
  const region6 = regionCode.padEnd(6, '0');
  const category = CITY_ONLY_KINDS.includes(kind) ? '91' : '11';
  return completeUscc(`${category}${region6}0${DEPARTMENT_CODES[kind]}${region6}`);
}

export async function seedNetwork(repo: NetworkRepository, options: NetworkSeedOptions): Promise<void> {
  const rows = readRegionRows(options.regionsFile, options.scope);
  await repo.insertRegions(
    rows.map(([code, name, level, parentCode, validFrom, validTo]) => ({
      code,
      name,
      level,
      parentCode,
      validFrom,
      validTo,
    })),
  );
  const byCode = new Map(rows.map((r) => [r[0], r]));
  const fullName = (code: string) => {
    const names: string[] = [];
    for (let c: string | null = code; c; c = byCode.get(c)?.[3] ?? null) names.unshift(byCode.get(c)![1]);
    return names.join('');
  };

  const departments = rows
    .filter(([, , level]) => level === 'province' || level === 'city' || level === 'county')
    .flatMap(([code, name, level]) => {
      const kinds = level === 'province' ? PROVINCE_KINDS : level === 'city' ? CITY_KINDS : COUNTY_KINDS;
      return kinds.map((kind) => ({
        id: `${code}-${kind}`,
        uscc: bodyUscc(kind, code),
        name: `${name}${DEPARTMENT_NAMES[kind]}`,
        kind,
        level: level as 'province' | 'city' | 'county',
        regionCode: code,
      }));
    });
  await repo.insertDepartments(departments);

  const phoneFor = (code: string, n: number) =>
    `${AREA_CODES[code.slice(0, 4)] ?? '0531'}-${(6000_0000 + ((Number(code.slice(2, 9).padEnd(7, '0')) * 7 + n) % 9999_999)).toString().slice(0, 8)}`;

  const points = rows.flatMap(([code, name, level]): ServicePointRow[] => {
    const where = fullName(code);
    if (level === 'province') {
      return [
        hall(code, '山东省政务服务中心', 'province', '山东省济南市历下区', '0531-12345'),
        kiosk(code, '山东省政务服务中心24小时自助服务区', 'province', '山东省济南市历下区', options.intake.kiosk),
      ];
    }
    if (level === 'city' || level === 'county') {
      return [
        hall(code, `${name}政务服务中心`, level, where, phoneFor(code, 1)),
        kiosk(code, `${name}政务服务中心24小时自助服务区`, level, where, options.intake.kiosk),
      ];
    }
    if (level === 'town') {
      return [
        {
          id: `centre-${code}`,
          name: `${name}便民服务中心`,
          kind: 'centre' as const,
          level,
          regionCode: code,
          address: streetAddressOf(code, where, 'centre'),
          openingHours: CENTRE_HOURS,
          phone: phoneFor(code, 2),
          is24Hours: false,
          intake: 'listed' as const,
          itemCodes: options.intake.town,
        },
      ];
    }
    return [
      {
        id: `station-${code}`,
        name: `${name.replace(/(村民委员会|居民委员会|村委会)$/, '')}便民服务站`,
        kind: 'station' as const,
        level,
        regionCode: code,
        address: villageAddressOf(where),
        openingHours: STATION_HOURS,
        phone: phoneFor(code, 3),
        is24Hours: false,
        intake: 'listed' as const,
        itemCodes: options.intake.village,
      },
    ];
  });
  await repo.insertServicePoints(points);
}

function hall(code: string, name: string, level: RegionLevel, where: string, phone: string): ServicePointRow {
  return {
    id: `hall-${code}`,
    name,
    kind: 'hall' as const,
    level,
    regionCode: code,
    address: streetAddressOf(code, where, 'hall'),
    openingHours: HALL_HOURS,
    phone,
    is24Hours: false,
    intake: 'all' as const,
    itemCodes: [] as string[],
  };
}

function kiosk(code: string, name: string, level: RegionLevel, where: string, itemCodes: string[]): ServicePointRow {
  return {
    id: `kiosk-${code}`,
    name,
    kind: 'kiosk' as const,
    level,
    regionCode: code,
    // The self-service area is in the hall's building, open all hours.
    address: `${streetAddressOf(code, where, 'hall')}（政务服务中心一楼）`,
    openingHours: '全天24小时',
    phone: '12345',
    is24Hours: true,
    intake: 'listed' as const,
    itemCodes,
  };
}
