import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Task } from '@yici/contracts';
import { App } from 'antd';
import type { Idempotent } from '../../api/cases.endpoints';
import { useActionKey } from '../../shared/cases/use-action-key';

type TaskAction<B, R> = (id: string, body: B, key: Idempotent) => Promise<R>;

/**
 * One action on a task, sent once per user action. Every inbox and the case are read again
 * afterwards: a decision can open the tasks that waited for this one.
 */
export function useTaskAction<B, R>(options: {
  task: Task;
  perform: TaskAction<B, R>;
  done: string;
  onDone?: () => void;
}) {
  const { task, perform, done, onDone } = options;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const actionKey = useActionKey();
  return useMutation({
    mutationFn: (body: B) => actionKey.send((idempotencyKey) => perform(task.id, body, { idempotencyKey })),
    onSuccess: async () => {
      void message.success(done);
      onDone?.();
      await queryClient.invalidateQueries({ queryKey: ['workbench'] });
    },
  });
}
