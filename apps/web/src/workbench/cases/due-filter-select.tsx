import { Select } from 'antd';
import { messages } from '../../messages';

const text = messages.cases.inbox;

type DueFilterSelectProps = { label: string; value: string | undefined; onChange: (due: string) => void };

/** All, due soon (the yellow card) or overdue: the same filter on the case and task inboxes. */
export function DueFilterSelect({ label, value, onChange }: DueFilterSelectProps) {
  return (
    <Select
      className="inbox-select"
      aria-label={label}
      value={value ?? ''}
      onChange={onChange}
      options={[
        { value: '', label: text.dueAll },
        { value: 'soon', label: text.dueSoon },
        { value: 'overdue', label: text.overdue },
      ]}
    />
  );
}
