import type { CaseStatus } from '@yici/contracts';
import { Input, Segmented, Select } from 'antd';
import { messages } from '../../messages';
import { DueFilterSelect } from './due-filter-select';

const text = messages.cases.inbox;
const ACTION_STATUSES: CaseStatus[] = ['submitted', 'correction_requested'];
const STATUSES = Object.keys(messages.cases.statuses).filter((status) => status !== 'draft') as CaseStatus[];

export type CaseFilters = { view?: string; status?: string; due?: string; q?: string; from?: string; to?: string };

type CaseInboxFiltersProps = { filters: CaseFilters; onChange: (next: CaseFilters) => void };

/**
 * The list opens on what needs the window's action; history is read by period (at most 366 days).
 * A search looks through every case in scope, whatever the view.
 */
export function CaseInboxFilters({ filters, onChange }: CaseInboxFiltersProps) {
  const history = filters.view === 'history';
  const statuses = history ? STATUSES : ACTION_STATUSES;
  return (
    <div className="workbench-toolbar" data-testid="case-inbox-filters">
      <Segmented
        aria-label={text.viewLabel}
        value={history ? 'history' : 'action'}
        onChange={(view) =>
          onChange({ ...filters, view: view === 'history' ? 'history' : undefined, status: undefined })
        }
        options={[
          { value: 'action', label: text.views.action },
          { value: 'history', label: text.views.history },
        ]}
        data-testid="case-inbox-view"
      />
      <Select
        className="inbox-select"
        aria-label={text.status}
        value={filters.status ?? ''}
        onChange={(status: string) => onChange({ ...filters, status })}
        options={[
          { value: '', label: text.allStatuses },
          ...statuses.map((status) => ({ value: status, label: messages.cases.statuses[status] })),
        ]}
      />
      <DueFilterSelect label={text.due} value={filters.due} onChange={(due) => onChange({ ...filters, due })} />
      {history && (
        <>
          <Input
            type="date"
            className="inbox-date"
            aria-label={text.from}
            title={text.periodHint}
            value={filters.from ?? ''}
            onChange={(event) => onChange({ ...filters, from: event.target.value || undefined })}
            data-testid="case-inbox-from"
          />
          <Input
            type="date"
            className="inbox-date"
            aria-label={text.to}
            title={text.periodHint}
            value={filters.to ?? ''}
            onChange={(event) => onChange({ ...filters, to: event.target.value || undefined })}
            data-testid="case-inbox-to"
          />
        </>
      )}
      <Input.Search
        className="inbox-search"
        aria-label={text.search}
        placeholder={text.search}
        defaultValue={filters.q}
        allowClear
        maxLength={60}
        onSearch={(q) => onChange({ ...filters, q: q.trim() })}
      />
    </div>
  );
}
