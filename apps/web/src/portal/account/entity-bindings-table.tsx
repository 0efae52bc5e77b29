import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Tag } from 'antd';
import { ResponsiveTable } from '../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { api } from '../../api/client';
import type { EntityBinding } from '../../api/identity.endpoints';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';
import { ProblemView } from '../../shared/problem-view';
import { accountQueries } from './account.queries';

const text = messages.entities;

/** The entity's legal representative and handlers; handlers can be revoked. */
export function EntityBindingsTable({ uscc }: { uscc: string }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const bindings = useQuery(accountQueries.entityBindings(uscc));
  const revoke = useMutation({
    mutationFn: (bindingId: string) => api.revokeHandler({ uscc, bindingId }),
    onSuccess: async () => {
      void message.success(text.revoked);
      await queryClient.invalidateQueries({ queryKey: accountQueries.entityBindings(uscc).queryKey });
    },
    onError: (error) => void message.error(error.message),
  });

  const columns: ColumnsType<EntityBinding> = [
    { title: text.holderName, dataIndex: 'holderName', key: 'holderName' },
    {
      title: text.capacity,
      key: 'capacity',
      render: (_, binding) => (
        <Tag color={binding.capacity === 'legal_representative' ? 'blue' : 'default'}>
          {messages.capacity[binding.capacity]}
        </Tag>
      ),
    },
    { title: text.createdAt, key: 'createdAt', render: (_, binding) => formatDateTime(binding.createdAt) },
    {
      title: text.note,
      key: 'note',
      render: (_, binding) => (binding.overrideReason ? text.overrideNote(binding.overrideReason) : ''),
    },
    {
      title: text.actions,
      key: 'actions',
      render: (_, binding) =>
        binding.capacity === 'handler' && (
          <Popconfirm
            title={text.revokeConfirm(binding.holderName)}
            okText={messages.account.confirm}
            cancelText={messages.account.cancel}
            onConfirm={() => revoke.mutate(binding.id)}
          >
            <Button type="link" danger size="small" loading={revoke.isPending && revoke.variables === binding.id}>
              {text.revoke}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  if (bindings.isError) return <ProblemView error={bindings.error} onRetry={() => void bindings.refetch()} />;
  return (
    <ResponsiveTable<EntityBinding>
      rowKey="id"
      size="small"
      pagination={false}
      loading={bindings.isFetching}
      columns={columns}
      dataSource={bindings.data ?? []}
      data-testid="entity-bindings"
      aria-label={text.bindingsHeading}
    />
  );
}
