import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Col, Form, Input, List, Row, Select, Space, Tag } from 'antd';
import { useDeferredValue, useState } from 'react';
import {
  LABELS,
  TicketCategorySchema,
  TicketKindSchema,
  type Ticket,
  type TicketCategory,
  type TicketKind,
} from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import '../workbench.css';

const title = messages.workbench.tools.hotlineConsole.title;
const text = messages.hotline.console;

type IntakeForm = {
  callerPhone: string;
  callerName: string;
  kind: TicketKind;
  category: TicketCategory;
  regionCode: string;
  text: string;
  anonymous: boolean;
  contactConsent: boolean;
};

const kindOptions = TicketKindSchema.options.map((v) => ({ value: v, label: LABELS.ticketKind[v] }));
const categoryOptions = TicketCategorySchema.options.map((v) => ({ value: v, label: LABELS.ticketCategory[v] }));

/**
 * 12345 受理台: keyboard first — phone, Tab (the caller's history appears), name, kind, category,
 * region, what they say (the knowledge base answers as it is typed), Ctrl+Enter dispatches by the
 * catalogue; a consultation the knowledge base answers is closed on the spot.
 */
export function HotlineConsolePage() {
  const [form] = Form.useForm<IntakeForm>();
  const queryClient = useQueryClient();
  const [phone, setPhone] = useState('');
  const typed = useDeferredValue(Form.useWatch('text', form) ?? '');
  const kind = Form.useWatch('kind', form);
  const history = useQuery({
    queryKey: ['hotline', 'caller', phone],
    queryFn: ({ signal }) => api.getCallerHistory(phone, signal),
    enabled: /^1[3-9]\d{9}$/.test(phone),
  });
  const suggestions = useQuery({
    queryKey: ['hotline', 'articles', typed.trim()],
    queryFn: ({ signal }) => api.searchArticles(typed.trim(), signal),
    enabled: typed.trim().length >= 2,
    placeholderData: (previous) => previous,
  });
  const create = useMutation({
    mutationFn: (input: { values: IntakeForm; answer?: { articleId: string; answer: string } }) =>
      api.createTicket({
        ...input.values,
        channel: 'phone',
        ...(input.answer ? { answer: input.answer } : { dispatch: {} }),
      }),
    onSuccess: () => {
      form.resetFields(['text', 'callerName', 'callerPhone']);
      setPhone('');
      void queryClient.invalidateQueries({ queryKey: ['hotline'] });
    },
  });
  const submit = async (answer?: { articleId: string; answer: string }) =>
    create.mutate({ values: await form.validateFields(), answer });
  const answerWith = async (articleId: string) => {
    const article = await api.getArticle(articleId);
    await submit({ articleId, answer: article.body.slice(0, 2000) });
  };

  return (
    <div className="page" data-testid="hotline-console-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      {create.isError && <ProblemAlert error={create.error} />}
      {create.data && <CreatedAlert ticket={create.data} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Form<IntakeForm>
              form={form}
              layout="vertical"
              requiredMark={false}
              initialValues={{
                kind: 'complaint',
                category: 'market_and_food',
                regionCode: '370102',
                anonymous: false,
                contactConsent: true,
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
              }}
            >
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="callerPhone"
                    label={text.phone}
                    rules={[{ required: true, pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/ }]}
                  >
                    <Input
                      autoFocus
                      inputMode="tel"
                      maxLength={13}
                      onBlur={(e) => setPhone(e.target.value.trim())}
                      data-testid="caller-phone"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="callerName" label={text.name} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={30} data-testid="caller-name" />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8}>
                  <Form.Item name="kind" label={text.kind}>
                    <Select options={kindOptions} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8}>
                  <Form.Item name="category" label={text.category}>
                    <Select options={categoryOptions} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name="regionCode"
                    label={text.region}
                    rules={[{ required: true, pattern: /^37\d{0,10}$/ }]}
                  >
                    <Input maxLength={12} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="text" label={text.text} rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={4} maxLength={2000} data-testid="ticket-text" />
              </Form.Item>
              <Space wrap>
                <Form.Item name="anonymous" valuePropName="checked" noStyle>
                  <Checkbox>{text.anonymous}</Checkbox>
                </Form.Item>
                <Form.Item name="contactConsent" valuePropName="checked" noStyle>
                  <Checkbox>{text.consent}</Checkbox>
                </Form.Item>
                <Button
                  type="primary"
                  onClick={() => void submit()}
                  loading={create.isPending}
                  data-testid="dispatch-ticket"
                >
                  {text.dispatch}
                </Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={text.suggestions} size="small">
            <List
              size="small"
              locale={{ emptyText: text.noSuggestions }}
              dataSource={suggestions.data ?? []}
              renderItem={(hit) => (
                <List.Item
                  actions={
                    kind === 'consultation'
                      ? [
                          <Button key="answer" size="small" onClick={() => void answerWith(hit.id)}>
                            {text.answer}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta title={hit.title} description={hit.excerpt} />
                </List.Item>
              )}
            />
          </Card>
          <Card title={text.history} size="small" style={{ marginTop: 16 }}>
            {history.data ? (
              <>
                {history.data.hasAccount && <Tag color="blue">{`${text.hasAccount}：${history.data.name ?? ''}`}</Tag>}
                <List
                  size="small"
                  locale={{ emptyText: text.noHistory }}
                  dataSource={[
                    ...history.data.tickets.map((t) => ({
                      key: t.id,
                      label: `${LABELS.ticketKind[t.kind]} · ${LABELS.ticketStatus[t.status]}`,
                      text: t.excerpt,
                    })),
                    ...history.data.cases.map((c) => ({
                      key: c.id,
                      label: LABELS.caseStatus[c.status],
                      text: c.title,
                    })),
                  ]}
                  renderItem={(row) => (
                    <List.Item>
                      <List.Item.Meta title={row.label} description={row.text} />
                    </List.Item>
                  )}
                />
              </>
            ) : (
              <span>{text.noHistory}</span>
            )}
          </Card>
        </Col>
      </Row>
      <RevisitList />
    </div>
  );
}

function CreatedAlert({ ticket }: { ticket: Ticket }) {
  return (
    <Alert
      type="success"
      showIcon
      title={text.created(ticket.ticketNumber, ticket.department?.name ?? null)}
      className="form-result"
    />
  );
}

/** Replied tickets waiting for the call back to the caller (回访). */
function RevisitList() {
  const queryClient = useQueryClient();
  const replied = useQuery({
    queryKey: ['hotline', 'tickets', 'replied'],
    queryFn: ({ signal }) => api.listTickets({ status: 'replied' }, signal),
  });
  const revisit = useMutation({
    mutationFn: (input: { id: string; satisfied: boolean }) =>
      api.revisitTicket(input.id, { solved: input.satisfied, satisfied: input.satisfied, note: '' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['hotline'] }),
  });
  return (
    <Card title={text.awaitingRevisit} size="small" style={{ marginTop: 16 }}>
      {revisit.isError && <ProblemAlert error={revisit.error} />}
      <List
        size="small"
        dataSource={replied.data?.items ?? []}
        renderItem={(t) => (
          <List.Item
            data-testid="revisit-item"
            actions={[
              <Button key="ok" size="small" onClick={() => revisit.mutate({ id: t.id, satisfied: true })}>
                {text.solvedSatisfied}
              </Button>,
              <Button key="no" size="small" danger onClick={() => revisit.mutate({ id: t.id, satisfied: false })}>
                {text.unsatisfied}
              </Button>,
            ]}
          >
            <List.Item.Meta title={`${t.ticketNumber} · ${t.department?.name ?? ''}`} description={t.excerpt} />
          </List.Item>
        )}
      />
    </Card>
  );
}
