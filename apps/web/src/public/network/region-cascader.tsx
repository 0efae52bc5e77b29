import { useMemo, useState } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Region } from '@yici/contracts';
import { Cascader } from 'antd';
import { messages } from '../../messages';
import { networkQueries } from './network.queries';
import { PROVINCE_CODE, regionPathOf } from './region-path';

type RegionOption = { value: string; label: string; isLeaf: boolean; children?: RegionOption[] };

type RegionCascaderProps = {
  id?: string;
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  placeholder?: string;
  testId?: string;
};

function optionOf(region: Region, children: Region[] | undefined): RegionOption {
  // The cascade stops at counties: towns and villages are picked elsewhere, not in a filter.
  // A city becomes a leaf only once its loaded list is empty: every Shandong city has counties,
  // and asking costs one cached request.
  const isLeaf = region.level !== 'city' || (children !== undefined && children.length === 0);
  return {
    value: region.code,
    label: region.name,
    isLeaf,
    ...(children && !isLeaf ? { children: children.map((child) => optionOf(child, undefined)) } : {}),
  };
}

/** City → county picker; cities are listed at once, a city's counties when it is opened. */
export function RegionCascader({ id, value, onChange, placeholder, testId }: RegionCascaderProps) {
  const [openedCities, setOpenedCities] = useState<string[]>([]);
  const path = regionPathOf(value);
  const selectedCity = path[0];
  const cityCodes = useMemo(
    () => [...new Set([...openedCities, ...(selectedCity ? [selectedCity] : [])])],
    [openedCities, selectedCity],
  );
  const cities = useQuery(networkQueries.regions(PROVINCE_CODE));
  const countyLists = useQueries({ queries: cityCodes.map((code) => networkQueries.regions(code)) });
  // Sixteen cities and their counties: cheap enough to rebuild on every render.
  const countiesByCity = new Map(cityCodes.map((code, index) => [code, countyLists[index]?.data]));
  const options = (cities.data ?? []).map((city) => optionOf(city, countiesByCity.get(city.code)));

  return (
    <Cascader<RegionOption>
      id={id}
      data-testid={testId}
      style={{ width: '100%' }}
      options={options}
      value={path.length > 0 ? path : undefined}
      changeOnSelect
      allowClear
      loading={cities.isPending}
      placeholder={placeholder ?? messages.catalog.regionPlaceholder}
      loadData={(selected) => {
        const city = selected[selected.length - 1];
        if (city && !city.isLeaf)
          setOpenedCities((opened) => (opened.includes(city.value) ? opened : [...opened, city.value]));
      }}
      onChange={(codes) => onChange(codes && codes.length > 0 ? String(codes[codes.length - 1]) : undefined)}
    />
  );
}
