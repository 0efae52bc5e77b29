import { useQueryClient } from '@tanstack/react-query';
import type { Task } from '@yici/contracts';
import { App, Button } from 'antd';
import { api, hasProblemCode } from '../../api/client';
import { messages } from '../../messages';
import { useTaskAction } from './use-task-action';

const text = messages.cases.task;

/** 认领: the version makes two people claiming at once end with one holder, the other told so. */
export function ClaimTaskButton({ task }: { task: Task }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const claim = useTaskAction({ task, perform: api.claimTask, done: text.done.claim });
  return (
    <Button
      type="primary"
      loading={claim.isPending}
      data-testid="task-action-claim"
      onClick={() =>
        claim.mutate(
          { version: task.version },
          {
            onError: (error) => {
              if (!hasProblemCode(error, 'TASK_ALREADY_CLAIMED')) return;
              void message.warning(text.alreadyClaimed);
              void queryClient.invalidateQueries({ queryKey: ['workbench'] });
            },
          },
        )
      }
    >
      {text.claim}
    </Button>
  );
}
