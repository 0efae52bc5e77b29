import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@yici/contracts';
import { App, Card } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ProblemView } from '../../shared/problem-view';
import { accountQueries } from './account.queries';
import { MandateForm } from './mandate-form';
import { MandateTable } from './mandate-table';

const text = messages.mandates;

/** Mandates the person (or the entity they act for) granted, and a form for a new one. */
export function GrantedMandates({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mandates = useQuery(accountQueries.grantedMandates());
  const revoke = useMutation({
    mutationFn: (id: string) => api.revokeMandate(id),
    onSuccess: async () => {
      void message.success(text.revoked);
      await queryClient.invalidateQueries({ queryKey: accountQueries.grantedMandates().queryKey });
    },
    onError: (error) => void message.error(error.message),
  });

  if (mandates.isError) return <ProblemView error={mandates.error} onRetry={() => void mandates.refetch()} />;
  return (
    <div data-testid="granted-mandates">
      <Card title={text.createHeading} className="account-section">
        <MandateForm me={me} />
      </Card>
      <MandateTable
        mandates={mandates.data ?? []}
        isLoading={mandates.isFetching}
        emptyText={text.emptyGranted}
        onRevoke={(mandate) => revoke.mutate(mandate.id)}
        revokingId={revoke.isPending ? revoke.variables : null}
      />
    </div>
  );
}
