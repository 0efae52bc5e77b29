import type { Task } from '@yici/contracts';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { ClockTag } from '../../shared/cases/clock-tag';
import { TaskStatusTag } from '../../shared/cases/task-status-tag';
import { taskPath } from './staff-cases.queries';

const text = messages.cases.taskInbox;

type TaskInboxTableProps = { tasks: readonly Task[]; isLoading: boolean };

export function TaskInboxTable({ tasks, isLoading }: TaskInboxTableProps) {
  const columns: ColumnsType<Task> = [
    { title: text.task, key: 'name', render: (_, task) => <Link to={taskPath(task.id)}>{task.name}</Link> },
    {
      title: text.caseTitle,
      key: 'case',
      render: (_, task) => (
        <>
          {task.caseTitle}
          <div className="muted">{task.caseNumber ?? messages.cases.detail.noCaseNumber}</div>
        </>
      ),
    },
    { title: text.applicant, dataIndex: 'applicantName', key: 'applicant', width: 180 },
    {
      title: text.department,
      key: 'department',
      width: 200,
      render: (_, task) => `${task.departmentName}${messages.cases.task.level(task.handling.levelName)}`,
    },
    { title: text.status, key: 'status', width: 130, render: (_, task) => <TaskStatusTag status={task.status} /> },
    { title: text.clock, key: 'clock', width: 190, render: (_, task) => <ClockTag clock={task.clock} /> },
    {
      title: '',
      key: 'open',
      width: 70,
      render: (_, task) => (
        // Supervisors read the inbox too: “办理” only for who can act on the task.
        <Link to={taskPath(task.id)} data-testid="open-task" data-access={task.viewerAccess}>
          {task.viewerAccess === 'handle' ? text.open : messages.cases.tasks.read}
        </Link>
      ),
    },
  ];
  return (
    <ResponsiveTable<Task>
      rowKey="id"
      size="middle"
      loading={isLoading}
      columns={columns}
      dataSource={[...tasks]}
      pagination={false}
      scroll={{ x: 1200 }}
      onRow={(task) =>
        ({
          'data-task-id': task.id,
          'data-task': task.stepKey ?? task.basicCode,
          'data-case-id': task.caseId,
          'data-status': task.status,
        }) as HTMLAttributes<HTMLElement>
      }
      data-testid="task-inbox-table"
    />
  );
}
