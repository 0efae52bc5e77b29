import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { adminQueries, AUDIT_PAGE_SIZE } from './admin.queries';
import { AuditChainCheck } from './audit-chain-check';
import { AuditFilters, type AuditFilterValues } from './audit-filters';
import { AuditTable } from './audit-table';
import '../workbench.css';

const title = messages.workbench.tools.audit.title;
const FILTER_NAMES = ['subjectType', 'subjectId', 'actorId'] as const;

function filtersFrom(params: URLSearchParams): AuditFilterValues {
  return Object.fromEntries(
    FILTER_NAMES.flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])),
  ) as AuditFilterValues;
}

function searchOf(filters: AuditFilterValues, cursor?: string): Record<string, string> {
  const search: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = filters[name]?.trim();
    if (value) search[name] = value;
  }
  if (cursor) search.cursor = cursor;
  return search;
}

/** 审计日志: entries newest first, filtered by subject or actor, and the hash-chain check. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const cursor = params.get('cursor') ?? undefined;
  const entries = useQuery(adminQueries.auditEntries({ ...filters, cursor, limit: AUDIT_PAGE_SIZE }));
  return (
    <div className="page" data-testid="audit-page">
      <PageTitle>{title}</PageTitle>
      <div className="workbench-heading">
        <h1>{title}</h1>
      </div>
      <p className="page-intro">{messages.workbench.audit.intro}</p>
      <AuditChainCheck />
      <AuditFilters values={filters} onChange={(next) => setParams(searchOf(next))} />
      {entries.isError ? (
        <ProblemView error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <AuditTable
          page={entries.data}
          isLoading={entries.isFetching}
          cursor={cursor}
          onPageChange={(next) => setParams(searchOf(filters, next))}
        />
      )}
    </div>
  );
}
