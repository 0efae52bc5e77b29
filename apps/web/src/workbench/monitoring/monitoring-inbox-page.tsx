import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { LABELS, type SupervisionOrder } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { CARD_COLUMNS } from './monitoring-columns';
import '../workbench.css';

const title = messages.workbench.tools.monitoringInbox.title;
const text = messages.monitoring.inbox;

/** A department's red and yellow cards and its 督办 orders: the head acknowledges, then explains. */
export function MonitoringInboxPage() {
  const inbox = useQuery({
    queryKey: ['monitoring', 'inbox'],
    queryFn: ({ signal }) => api.getMonitoringInbox(signal),
  });
  return (
    <div className="page" data-testid="monitoring-inbox-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      {inbox.isError && <ProblemAlert error={inbox.error} />}
      <h2>{text.orders}</h2>
      {inbox.data && inbox.data.orders.length === 0 && <p>{text.noOrders}</p>}
      {inbox.data?.orders.map((order) => (
        <OrderCard key={order.id} order={order} />
      ))}
      <h2>{text.cards}</h2>
      <ResponsiveTable
        rowKey="id"
        size="middle"
        loading={inbox.isLoading}
        columns={CARD_COLUMNS}
        dataSource={inbox.data?.cards ?? []}
        locale={{ emptyText: text.noCards }}
        pagination={false}
        data-testid="monitoring-cards"
      />
    </div>
  );
}

function OrderCard({ order }: { order: SupervisionOrder }) {
  const queryClient = useQueryClient();
  const [explanation, setExplanation] = useState('');
  const [promisedOn, setPromisedOn] = useState('');
  const act = useMutation({
    mutationFn: (run: () => Promise<SupervisionOrder>) => run(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['monitoring'] }),
  });
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="order-card"
      title={
        <Space wrap>
          <span>{order.itemName ?? LABELS.monitoredKind[order.kind]}</span>
          <Tag color="red">{LABELS.orderLevel[order.level]}</Tag>
          <Tag color="blue" data-testid="order-status">
            {LABELS.orderStatus[order.status]}
          </Tag>
        </Space>
      }
    >
      {act.isError && <ProblemAlert error={act.error} />}
      <Descriptions column={1} size="small">
        {order.subjectLabel && <Descriptions.Item label={text.subject}>{order.subjectLabel}</Descriptions.Item>}
        <Descriptions.Item label={text.department}>{order.departmentName ?? '—'}</Descriptions.Item>
        {order.dueOn && <Descriptions.Item label={text.stepDue}>{order.dueOn}</Descriptions.Item>}
      </Descriptions>
      {order.status === 'open' && (
        <Button
          type="primary"
          onClick={() => act.mutate(() => api.acknowledgeOrder(order.id, { version: order.version }))}
          data-testid="acknowledge-order"
        >
          {text.acknowledge}
        </Button>
      )}
      {order.status === 'acknowledged' && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <label>
            {text.explanation}
            <Input.TextArea
              rows={3}
              placeholder={text.explanationPlaceholder}
              value={explanation}
              onChange={(e) => setExplanation(e.target.value)}
              maxLength={2000}
              data-testid="order-explanation"
            />
          </label>
          <label>
            {text.promisedOn}
            <Input
              type="date"
              placeholder={text.promisedPlaceholder}
              value={promisedOn}
              onChange={(e) => setPromisedOn(e.target.value)}
              data-testid="order-promised-on"
            />
          </label>
          <Button
            type="primary"
            disabled={explanation.trim().length < 10 || !promisedOn}
            onClick={() =>
              act.mutate(() =>
                api.explainOrder(order.id, { version: order.version, explanation: explanation.trim(), promisedOn }),
              )
            }
            data-testid="explain-order"
          >
            {text.explain}
          </Button>
        </Space>
      )}
    </Card>
  );
}
