import { useQuery } from '@tanstack/react-query';
import { messages } from '../../messages';
import { ProblemView } from '../../shared/problem-view';
import { accountQueries } from './account.queries';
import { MandateTable } from './mandate-table';

/** 我收到的委托: what others asked this person to do for them. */
export function ReceivedMandates() {
  const mandates = useQuery(accountQueries.receivedMandates());
  if (mandates.isError) return <ProblemView error={mandates.error} onRetry={() => void mandates.refetch()} />;
  return (
    <div data-testid="received-mandates">
      <MandateTable
        mandates={mandates.data ?? []}
        isLoading={mandates.isFetching}
        emptyText={messages.mandates.emptyReceived}
      />
    </div>
  );
}
