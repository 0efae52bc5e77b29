import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { homePathOf, safeNextPath } from '../../shared/session/session-access';
import { resetPersonalData, sessionQueries } from '../../shared/session/session.queries';

/** After the last login step: forget the previous visitor's data, then go where the person was headed. */
export function useCompleteLogin() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  return async () => {
    await resetPersonalData(queryClient);
    const me = await queryClient.fetchQuery({ ...sessionQueries.me(), staleTime: 0 });
    void message.success(messages.login.welcome(me.name ?? ''));
    await navigate(safeNextPath(params.get('next')) ?? homePathOf(me), { replace: true });
  };
}
