import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  LABELS,
  TicketCategorySchema,
  TicketKindSchema,
  type TicketCategory,
  type TicketKind,
  type TicketSummary,
} from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';

const text = messages.hotline.portal;
const kinds = TicketKindSchema.options.map((value) => ({ value, label: LABELS.ticketKind[value] }));
const categories = TicketCategorySchema.options.map((value) => ({ value, label: LABELS.ticketCategory[value] }));

type TicketForm = {
  kind: TicketKind;
  category: TicketCategory;
  city: string;
  county?: string;
  text: string;
  anonymous: boolean;
  contactConsent: boolean;
};

/** 12345 online: a resident files a request under their own name and follows its progress. */
export function MyTicketsPage() {
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const [form] = Form.useForm<TicketForm>();
  const city = Form.useWatch('city', form);
  const [filed, setFiled] = useState<string | null>(null);
  const cities = useQuery({ queryKey: ['regions', '37'], queryFn: ({ signal }) => api.listRegions('37', signal) });
  const counties = useQuery({
    queryKey: ['regions', city],
    queryFn: ({ signal }) => api.listRegions(city!, signal),
    enabled: !!city,
  });
  const mine = useQuery({ queryKey: ['hotline', 'mine'], queryFn: ({ signal }) => api.listOwnTickets(signal) });
  const file = useMutation({
    mutationFn: (v: TicketForm) =>
      api.fileOwnTicket({
        kind: v.kind,
        category: v.category,
        regionCode: v.county ?? v.city,
        text: v.text.trim(),
        anonymous: v.anonymous,
        contactConsent: v.contactConsent,
        ...(caseId ? { caseId } : {}),
      }),
    onSuccess: (ticket) => {
      setFiled(ticket.ticketNumber);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['hotline', 'mine'] });
    },
  });

  return (
    <div className="page" data-testid="my-tickets-page">
      <PageTitle>{text.title}</PageTitle>
      <h1>{text.title}</h1>
      <p className="page-intro">{text.intro}</p>
      <Card title={text.fileTitle}>
        {filed && <Alert type="success" showIcon title={text.filed(filed)} data-testid="ticket-filed" />}
        {file.isError && <ProblemAlert error={file.error} />}
        {caseId && <Alert type="info" showIcon title={text.aboutCase} />}
        <Form<TicketForm>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ kind: 'complaint', anonymous: false, contactConsent: true, text: '' }}
          onFinish={(v) => file.mutate(v)}
        >
          <Form.Item name="kind" label={text.kind} rules={[{ required: true }]}>
            <Radio.Group options={kinds} />
          </Form.Item>
          <Form.Item name="category" label={text.category} rules={[{ required: true, message: text.categoryRequired }]}>
            <Select options={categories} placeholder={text.categoryPlaceholder} data-testid="ticket-category" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="city" label={text.city} rules={[{ required: true, message: text.cityRequired }]}>
              <Select
                style={{ minWidth: 160 }}
                options={(cities.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
                onChange={() => form.setFieldValue('county', undefined)}
                data-testid="ticket-city"
              />
            </Form.Item>
            <Form.Item name="county" label={text.county}>
              <Select
                style={{ minWidth: 160 }}
                allowClear
                options={(counties.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
                data-testid="ticket-county"
              />
            </Form.Item>
          </Space>
          <Form.Item
            name="text"
            label={text.text}
            rules={[{ required: true, whitespace: true, min: 5, message: text.textRequired }]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount data-testid="ticket-text" />
          </Form.Item>
          <Form.Item name="anonymous" valuePropName="checked" extra={text.anonymousHelp}>
            <Checkbox data-testid="ticket-anonymous">{text.anonymous}</Checkbox>
          </Form.Item>
          <Form.Item name="contactConsent" valuePropName="checked" extra={text.consentHelp}>
            <Checkbox>{text.consent}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="file-ticket">
            {text.submit}
          </Button>
        </Form>
      </Card>
      <h2 style={{ marginTop: 24 }}>{text.mine}</h2>
      {mine.isError && <ProblemAlert error={mine.error} />}
      <ResponsiveTable<TicketSummary>
        rowKey="id"
        loading={mine.isLoading}
        dataSource={mine.data ?? []}
        pagination={false}
        locale={{ emptyText: text.none }}
        data-testid="my-tickets"
        onRow={(t) => ({ 'data-ticket-number': t.ticketNumber }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: text.number, dataIndex: 'ticketNumber' },
          {
            title: text.kind,
            render: (_, t) => `${LABELS.ticketKind[t.kind]} · ${LABELS.ticketChannel[t.channel]}`,
          },
          { title: text.text, dataIndex: 'excerpt' },
          { title: text.department, render: (_, t) => t.department?.name ?? text.notDispatched },
          {
            title: text.progress,
            render: (_, t) => (
              <Tag color="blue" data-testid="my-ticket-status">
                {LABELS.ticketStatus[t.status]}
              </Tag>
            ),
          },
          { title: text.filedAt, render: (_, t) => formatDateTime(t.createdAt) },
        ]}
      />
    </div>
  );
}
