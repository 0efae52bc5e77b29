import type { TaskStatus } from '@yici/contracts';
import { Checkbox, Select } from 'antd';
import { messages } from '../../messages';
import { DueFilterSelect } from './due-filter-select';

const text = messages.cases.taskInbox;
const STATUSES = Object.keys(messages.cases.taskStatuses) as TaskStatus[];

export type TaskFilters = { status?: string; due?: string; mine?: string };

type TaskInboxFiltersProps = { filters: TaskFilters; onChange: (next: TaskFilters) => void };

export function TaskInboxFilters({ filters, onChange }: TaskInboxFiltersProps) {
  return (
    <div className="workbench-toolbar" data-testid="task-inbox-filters">
      <Checkbox
        checked={filters.mine === 'true'}
        onChange={(event) => onChange({ ...filters, mine: event.target.checked ? 'true' : undefined })}
      >
        {text.mine}
      </Checkbox>
      <Select
        className="inbox-select"
        aria-label={text.status}
        value={filters.status ?? ''}
        onChange={(status: string) => onChange({ ...filters, status })}
        options={[
          { value: '', label: text.allStatuses },
          ...STATUSES.map((status) => ({ value: status, label: messages.cases.taskStatuses[status] })),
        ]}
      />
      <DueFilterSelect label={text.due} value={filters.due} onChange={(due) => onChange({ ...filters, due })} />
    </div>
  );
}
