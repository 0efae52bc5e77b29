import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Input, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { LABELS, type Ticket } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import '../workbench.css';

const title = messages.workbench.tools.ticketInbox.title;
const text = messages.hotline.inbox;

/** The department's 12345 tickets: sign within 1 working day, reply within 5, return a misrouted one within 2. */
export function TicketInboxPage() {
  const [openId, setOpenId] = useState<string | null>(null);
  const tickets = useQuery({
    queryKey: ['hotline', 'tickets', 'inbox'],
    queryFn: ({ signal }) => api.listTickets({}, signal),
  });
  return (
    <div className="page" data-testid="ticket-inbox-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      {tickets.isError && <ProblemAlert error={tickets.error} />}
      <List
        locale={{ emptyText: text.empty }}
        dataSource={tickets.data?.items ?? []}
        renderItem={(t) => (
          <List.Item data-testid="ticket-item" onClick={() => setOpenId(t.id)} style={{ cursor: 'pointer' }}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{t.ticketNumber}</span>
                  <Tag>{LABELS.ticketKind[t.kind]}</Tag>
                  <Tag color="blue">{LABELS.ticketStatus[t.status]}</Tag>
                </Space>
              }
              description={t.excerpt}
            />
          </List.Item>
        )}
      />
      {openId && <TicketCard id={openId} />}
    </div>
  );
}

function TicketCard({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [reply, setReply] = useState('');
  const [reason, setReason] = useState('');
  const ticket = useQuery({ queryKey: ['hotline', 'ticket', id], queryFn: ({ signal }) => api.getTicket(id, signal) });
  const act = useMutation({
    mutationFn: (run: () => Promise<Ticket>) => run(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['hotline'] }),
  });
  const t = ticket.data;
  if (!t) return ticket.isError ? <ProblemAlert error={ticket.error} /> : null;
  const due = t.status === 'dispatched' ? t.clocks.sign?.dueOn : t.clocks.reply?.dueOn;
  const caller =
    t.caller.name || t.caller.phone ? [t.caller.name, t.caller.phone].filter(Boolean).join(' ') : text.hidden;
  return (
    <Card title={t.ticketNumber} style={{ marginTop: 16 }} data-testid="ticket-card">
      {act.isError && <ProblemAlert error={act.error} />}
      <Descriptions column={1} size="small">
        <Descriptions.Item label={text.status}>{LABELS.ticketStatus[t.status]}</Descriptions.Item>
        <Descriptions.Item label={text.caller}>{caller}</Descriptions.Item>
        {due && <Descriptions.Item label={text.due('')}>{due}</Descriptions.Item>}
      </Descriptions>
      <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{t.text}</p>
      {t.status === 'dispatched' && (
        <Space wrap>
          <Button type="primary" onClick={() => act.mutate(() => api.signTicket(t.id, {}))} data-testid="sign-ticket">
            {text.sign}
          </Button>
          <Input
            placeholder={text.returnReason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={200}
          />
          <Button
            disabled={!reason.trim()}
            onClick={() => act.mutate(() => api.returnTicket(t.id, { reasons: [reason.trim()] }))}
          >
            {text.returnTicket}
          </Button>
        </Space>
      )}
      {t.status === 'signed' && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            rows={3}
            placeholder={text.replyPlaceholder}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            maxLength={4000}
            data-testid="reply-text"
          />
          <Button
            type="primary"
            disabled={!reply.trim()}
            onClick={() => act.mutate(() => api.replyTicket(t.id, { reply: reply.trim() }))}
            data-testid="reply-ticket"
          >
            {text.reply}
          </Button>
        </Space>
      )}
    </Card>
  );
}
