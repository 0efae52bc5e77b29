import type { Task } from '@yici/contracts';
import { ResponsiveTable } from '../responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { ClockTag } from './clock-tag';
import { TaskStatusTag } from './task-status-tag';

const text = messages.cases.tasks;

type CaseTasksTableProps = {
  tasks: readonly Task[];
  /** Staff who may open a task do so from here; applicants only follow it. */
  taskLink?: (task: Task) => string;
};

/** The departments' tasks of the case: those without a pending predecessor run in parallel. */
export function CaseTasksTable({ tasks, taskLink }: CaseTasksTableProps) {
  const nameOf = (stepKey: string) => tasks.find((task) => task.stepKey === stepKey)?.name ?? stepKey;
  const columns: ColumnsType<Task> = [
    { title: text.name, dataIndex: 'name', key: 'name' },
    {
      title: text.handledBy,
      key: 'department',
      render: (_, task) => (
        <div data-testid="task-handling" data-level={task.handling.level ?? ''}>
          {`${task.departmentName}${messages.cases.task.level(task.handling.levelName)}`}
          <div className="muted task-basis">{task.handling.basis}</div>
        </div>
      ),
    },
    { title: text.status, key: 'status', width: 130, render: (_, task) => <TaskStatusTag status={task.status} /> },
    { title: text.clock, key: 'clock', width: 200, render: (_, task) => <ClockTag clock={task.clock} /> },
    {
      title: text.dependsOn,
      key: 'dependsOn',
      render: (_, task) => (task.dependsOn.length > 0 ? task.dependsOn.map(nameOf).join('、') : text.none),
    },
    ...(taskLink
      ? [
          {
            title: '',
            key: 'open',
            width: 70,
            // “办理” only for who can act on the task; “查看” for who may only read it.
            render: (_: unknown, task: Task) =>
              task.viewerAccess === 'none' ? null : (
                <Link to={taskLink(task)} data-testid="case-task-link" data-access={task.viewerAccess}>
                  {task.viewerAccess === 'handle' ? text.open : text.read}
                </Link>
              ),
          },
        ]
      : []),
  ];
  return (
    <ResponsiveTable<Task>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...tasks]}
      pagination={false}
      scroll={{ x: 760 }}
      onRow={(task) => ({ 'data-task': task.stepKey ?? task.basicCode }) as React.HTMLAttributes<HTMLElement>}
      data-testid="case-tasks"
    />
  );
}
