import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoApplication } from '@yici/contracts';
import { App, Button, Card, Descriptions, Popconfirm } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { useActionKey } from '../../shared/cases/use-action-key';
import { ProblemAlert } from '../../shared/problem-alert';
import { myCasePath, myCaseQueries } from './cases.queries';

const text = messages.cases.coApplications;

/** 共同申请: applications a seller filed that name the signed-in person as buyer, to confirm online. */
export function PendingCoApplications() {
  const pending = useQuery(myCaseQueries.coApplications());
  if (!pending.data || pending.data.length === 0) return null;
  return (
    <Card title={text.heading} className="case-section" data-testid="pending-co-applications">
      <p className="page-intro">{text.intro}</p>
      {pending.data.map((item) => (
        <PendingCoApplication key={item.caseId} item={item} />
      ))}
    </Card>
  );
}

function PendingCoApplication({ item }: { item: CoApplication }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const actionKey = useActionKey();
  const navigate = useNavigate();
  const confirm = useMutation({
    mutationFn: () => actionKey.send((idempotencyKey) => api.confirmCoApplication(item.caseId, {}, { idempotencyKey })),
    onSuccess: async (joined) => {
      void message.success(text.confirmed);
      queryClient.setQueryData(myCaseQueries.detail(joined.id).queryKey, joined);
      await queryClient.invalidateQueries({ queryKey: myCaseQueries.all() });
      // Having joined, the buyer follows the case like their own.
      await navigate(myCasePath(joined.id));
    },
  });
  return (
    <div className="co-application" data-testid="co-application" data-case-id={item.caseId}>
      <Descriptions size="small" column={1} title={item.title}>
        <Descriptions.Item label={text.caseNumber}>{item.caseNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={text.role}>{item.role}</Descriptions.Item>
        <Descriptions.Item label={text.filedBy}>{item.filedByName}</Descriptions.Item>
        {item.propertyLocation && <Descriptions.Item label={text.location}>{item.propertyLocation}</Descriptions.Item>}
        {item.transactionPrice && <Descriptions.Item label={text.price}>{item.transactionPrice}</Descriptions.Item>}
        <Descriptions.Item label={text.basis}>{item.basis}</Descriptions.Item>
      </Descriptions>
      {confirm.error ? <ProblemAlert error={confirm.error} /> : null}
      <Popconfirm
        title={text.confirmTitle}
        description={text.confirmText}
        onConfirm={() => confirm.mutate()}
        okButtonProps={{ 'data-testid': 'confirm-co-application-ok' } as Record<`data-${string}`, string>}
      >
        <Button type="primary" loading={confirm.isPending} data-testid="confirm-co-application">
          {text.confirm}
        </Button>
      </Popconfirm>
    </div>
  );
}
