import type { FiguresCaseFilter } from '@yici/contracts';

/** A share as a percentage with one decimal, or a dash when there is nothing to divide. */
export const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

/** The page of cases behind a figure. */
export function casesLink(query: {
  area: string;
  from: string;
  to: string;
  filter?: FiguresCaseFilter;
  channel?: string;
  target?: string;
}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  return `/workbench/figures/cases?${params.toString()}`;
}

export function figuresLink(query: { area: string; from: string; to: string }): string {
  return `/workbench/figures?${new URLSearchParams(query).toString()}`;
}
