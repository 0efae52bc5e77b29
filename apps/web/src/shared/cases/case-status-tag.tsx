import type { CaseStatus } from '@yici/contracts';
import { Tag } from 'antd';
import { messages } from '../../messages';

const COLOURS = {
  draft: 'default',
  awaiting_co_applicant: 'gold',
  submitted: 'blue',
  correction_requested: 'orange',
  refused: 'red',
  in_review: 'processing',
  completed: 'green',
  terminated: 'red',
  withdrawn: 'default',
} as const satisfies Record<CaseStatus, string>;

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  return (
    <Tag color={COLOURS[status]} data-testid="case-status" data-status={status}>
      {messages.cases.statuses[status]}
    </Tag>
  );
}
