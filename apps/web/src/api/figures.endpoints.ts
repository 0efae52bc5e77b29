import {
  FiguresCasesSchema,
  FiguresOverviewSchema,
  FiguresPublicSchema,
  type FiguresCaseFilter,
  type FiguresChannel,
  type FiguresTable,
} from '@yici/contracts';
import type { Transport } from './transport';

export type FiguresPeriodQuery = { area?: string; from?: string; to?: string };
export type FiguresCasesListQuery = FiguresPeriodQuery & {
  filter?: FiguresCaseFilter;
  channel?: FiguresChannel;
  target?: string;
  cursor?: string;
  limit?: number;
};

/** The address of a table's export (a plain link: the browser downloads it with the session cookie). */
export function figuresExportUrl(query: FiguresPeriodQuery & { table: FiguresTable; format: 'csv' | 'xlsx' }): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  return `/api/figures/export?${params.toString()}`;
}

/** The figures of the reform: dashboards, the cases behind a figure, the public headline. */
export function figuresEndpoints(http: Transport) {
  return {
    getFigures: (query: FiguresPeriodQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/figures', query, schema: FiguresOverviewSchema, signal }),
    listFiguresCases: (query: FiguresCasesListQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/figures/cases', query, schema: FiguresCasesSchema, signal }),
    getPublicFigures: (query: { from?: string; to?: string }, signal?: AbortSignal) =>
      http.get({ path: '/api/public/figures', query, schema: FiguresPublicSchema, signal }),
  };
}
