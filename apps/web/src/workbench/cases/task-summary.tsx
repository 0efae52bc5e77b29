import type { Task } from '@yici/contracts';
import { Descriptions, Tag } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { ClockTag } from '../../shared/cases/clock-tag';
import { TaskStatusTag } from '../../shared/cases/task-status-tag';
import { formatDateTime } from '../../shared/format-time';
import { staffCasePath } from './staff-cases.queries';

const text = messages.cases.task;

/** The task: its case, department, status, clock, who holds it, and what was decided. */
export function TaskSummary({ task }: { task: Task }) {
  const items = [
    {
      key: 'case',
      label: text.case,
      children: (
        <Link
          to={staffCasePath(task.caseId)}
        >{`${task.caseTitle} · ${task.caseNumber ?? messages.cases.detail.noCaseNumber}`}</Link>
      ),
    },
    { key: 'applicant', label: messages.cases.detail.applicant, children: task.applicantName },
    {
      key: 'department',
      label: text.department,
      children: `${task.departmentName}${text.level(task.handling.levelName)}`,
    },
    { key: 'handling', label: text.handling, children: task.handling.basis, span: 2 },
    ...(task.jointDepartments.length > 0
      ? [
          {
            key: 'joint',
            label: text.jointDepartments,
            children: (
              <span className="tag-row">
                {task.jointDepartments.map((department) => (
                  <Tag key={department.id} color={department.opinionGiven ? 'green' : 'default'}>
                    {`${department.name} · ${department.opinionGiven ? text.opinionGiven : text.opinionPending}`}
                  </Tag>
                ))}
              </span>
            ),
          },
        ]
      : []),
    { key: 'status', label: text.status, children: <TaskStatusTag status={task.status} /> },
    { key: 'clock', label: text.clock, children: <ClockTag clock={task.clock} /> },
    { key: 'claimedBy', label: text.claimedBy, children: task.claimedBy ?? text.unclaimed },
    ...(task.specialProcedure
      ? [{ key: 'special', label: text.specialProcedure, children: task.specialProcedure }]
      : []),
    ...(task.decision
      ? [
          {
            key: 'decision',
            label: text.decision,
            children: `${task.decision === 'grant' ? text.grant : text.deny} · ${task.decidedAt ? formatDateTime(task.decidedAt) : ''}`,
          },
          { key: 'reason', label: text.decisionReason, children: task.decisionReason ?? '' },
        ]
      : []),
    ...(task.certificateIdentifiers.length > 0
      ? [{ key: 'certificates', label: text.certificates, children: task.certificateIdentifiers.join('、') }]
      : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="task-summary" />;
}
