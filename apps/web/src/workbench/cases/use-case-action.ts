import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Case } from '@yici/contracts';
import { App } from 'antd';
import type { Idempotent } from '../../api/cases.endpoints';
import { useActionKey } from '../../shared/cases/use-action-key';
import { staffCaseQueries } from './staff-cases.queries';

type CaseAction<B> = (id: string, body: B, key: Idempotent) => Promise<Case>;

/** One action on a case: sent once per user action, the case refreshed from the answer, the lists after it. */
export function useCaseAction<B>(options: { theCase: Case; perform: CaseAction<B>; done: string; onDone: () => void }) {
  const { theCase, perform, done, onDone } = options;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const actionKey = useActionKey();
  return useMutation({
    mutationFn: (body: B) => actionKey.send((idempotencyKey) => perform(theCase.id, body, { idempotencyKey })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(staffCaseQueries.detail(theCase.id).queryKey, updated);
      void message.success(done);
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['workbench'] });
    },
  });
}
