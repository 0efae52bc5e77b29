import type { CaseStatus } from '@yici/contracts';
import { Input, Select } from 'antd';
import { messages } from '../../messages';
import { DueFilterSelect } from './due-filter-select';

const text = messages.cases.inbox;
const STATUSES = Object.keys(messages.cases.statuses).filter((status) => status !== 'draft') as CaseStatus[];

export type CaseFilters = { status?: string; due?: string; q?: string };

type CaseInboxFiltersProps = { filters: CaseFilters; onChange: (next: CaseFilters) => void };

export function CaseInboxFilters({ filters, onChange }: CaseInboxFiltersProps) {
  return (
    <div className="workbench-toolbar" data-testid="case-inbox-filters">
      <Select
        className="inbox-select"
        aria-label={text.status}
        value={filters.status ?? ''}
        onChange={(status: string) => onChange({ ...filters, status })}
        options={[
          { value: '', label: text.allStatuses },
          ...STATUSES.map((status) => ({ value: status, label: messages.cases.statuses[status] })),
        ]}
      />
      <DueFilterSelect label={text.due} value={filters.due} onChange={(due) => onChange({ ...filters, due })} />
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
