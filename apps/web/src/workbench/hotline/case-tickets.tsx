import { useQuery } from '@tanstack/react-query';
import { Card, List, Space, Tag } from 'antd';
import { LABELS } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';

const text = messages.hotline.caseTickets;

/** The 12345 tickets about a case (complaints and the like), shown on the case to its staff; nothing when there are none. */
export function CaseTickets({ caseId }: { caseId: string }) {
  const tickets = useQuery({
    queryKey: ['hotline', 'case-tickets', caseId],
    queryFn: ({ signal }) => api.listCaseTickets(caseId, signal),
  });
  if (!tickets.data || tickets.data.length === 0) return null;
  return (
    <Card title={text.title} style={{ marginTop: 16 }} data-testid="case-tickets">
      <List
        size="small"
        dataSource={tickets.data}
        renderItem={(t) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{t.ticketNumber}</span>
                  <Tag>{LABELS.ticketKind[t.kind]}</Tag>
                  <Tag color="blue">{LABELS.ticketStatus[t.status]}</Tag>
                  {t.department && <span>{t.department.name}</span>}
                </Space>
              }
              description={t.excerpt}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
