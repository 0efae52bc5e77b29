import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client';
import { messages } from '../../messages';
import { resetPersonalData } from '../../shared/session/session.queries';

type LogoutScope = 'this_device' | 'everywhere';

/** Logs out here or on every device, then forgets the person's data and returns home. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: async (scope: LogoutScope): Promise<number | null> => {
      try {
        return scope === 'everywhere' ? (await api.logoutEverywhere()).ended : (await api.logout(), null);
      } catch (error) {
        // The session had already ended: the person is logged out all the same.
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    onSuccess: async (ended) => {
      // Leave the page synchronously first: a guarded page still on screen would otherwise see the
      // anonymous session and send the person to the login page.
      await navigate('/', { flushSync: true });
      await resetPersonalData(queryClient);
      void message.success(ended === null ? messages.menu.loggedOut : messages.account.loggedOutEverywhere(ended));
    },
    onError: (error) => void message.error(error.message),
  });
}
