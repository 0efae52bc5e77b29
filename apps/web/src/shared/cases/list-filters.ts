/**
 * A list's filters live in the address, so a reload or a shared link shows the same list. Empty
 * values and the first page are left out of it.
 */
export function filtersOf<K extends string>(params: URLSearchParams, keys: readonly K[]) {
  const filters = Object.fromEntries(keys.map((key) => [key, params.get(key) || undefined])) as Record<
    K,
    string | undefined
  >;
  return { ...filters, page: Number(params.get('page') ?? '1') || 1 };
}

export function paramsOf(filters: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([key, value]) => value !== undefined && value !== '' && !(key === 'page' && value === 1))
      .map(([key, value]) => [key, String(value)]),
  );
}
