import type { CaseMaterial, Me, Task } from '@yici/contracts';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { hasAnyRole } from '../../shared/session/session-access';
import { ProblemAlert } from '../../shared/problem-alert';
import { ClaimTaskButton } from './claim-task-button';
import { DecideTaskModal } from './decide-task-modal';
import { ExtendTaskModal } from './extend-task-modal';
import { OpinionModal } from './opinion-modal';
import { SpecialProcedureModal } from './special-procedure-modal';
import { TaskCorrectionModal } from './task-correction-modal';
import { useTaskAction } from './use-task-action';

const text = messages.cases.task;

type TaskDialog = 'opinion' | 'decide' | 'correction' | 'special' | 'extend';
type TaskActionsProps = { task: Task; materials: readonly CaseMaterial[]; me: Me };

/** What the task's status and the staff member's roles allow: claim, review, decide, pause, extend. */
export function TaskActions({ task, materials, me }: TaskActionsProps) {
  const [open, setOpen] = useState<TaskDialog | null>(null);
  const resume = useTaskAction({ task, perform: api.resumeTask, done: text.done.resume });
  const canDecide = hasAnyRole(me, ['approver']);
  const close = () => setOpen(null);
  const dialogButton = (dialog: TaskDialog, label: string, primary = false) => (
    <Button
      type={primary ? 'primary' : 'default'}
      onClick={() => setOpen(dialog)}
      data-testid={`task-action-${dialog}`}
    >
      {label}
    </Button>
  );
  if (!['open', 'claimed', 'special_procedure'].includes(task.status)) return null;
  return (
    <Card title={messages.cases.actions.heading} data-testid="task-actions">
      {resume.isError && <ProblemAlert error={resume.error} />}
      <div className="button-row">
        {task.status === 'open' && <ClaimTaskButton task={task} />}
        {task.status === 'claimed' && (
          <>
            {canDecide && dialogButton('decide', text.decide, true)}
            {dialogButton('opinion', text.opinion, !canDecide)}
            {dialogButton('correction', text.requestCorrection)}
            {dialogButton('special', text.specialProcedureStart)}
            {canDecide && task.clock.extendedDays === 0 && dialogButton('extend', text.extend)}
          </>
        )}
        {task.status === 'special_procedure' && (
          <Button
            type="primary"
            loading={resume.isPending}
            onClick={() => resume.mutate({})}
            data-testid="task-action-resume"
          >
            {text.resume}
          </Button>
        )}
      </div>
      <OpinionModal task={task} open={open === 'opinion'} onClose={close} />
      <DecideTaskModal task={task} open={open === 'decide'} onClose={close} />
      <TaskCorrectionModal task={task} materials={materials} open={open === 'correction'} onClose={close} />
      <SpecialProcedureModal task={task} open={open === 'special'} onClose={close} />
      <ExtendTaskModal task={task} open={open === 'extend'} onClose={close} />
    </Card>
  );
}
