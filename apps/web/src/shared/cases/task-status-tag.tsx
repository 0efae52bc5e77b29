import type { TaskStatus } from '@yici/contracts';
import { Tag } from 'antd';
import { messages } from '../../messages';

const COLOURS = {
  waiting: 'default',
  open: 'blue',
  claimed: 'processing',
  correction: 'orange',
  special_procedure: 'purple',
  granted: 'green',
  denied: 'red',
  cancelled: 'default',
} as const satisfies Record<TaskStatus, string>;

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return (
    <Tag color={COLOURS[status]} data-testid="task-status" data-status={status}>
      {messages.cases.taskStatuses[status]}
    </Tag>
  );
}
