import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import {
  LABELS,
  TicketCategorySchema,
  type DispatchRule,
  type DispatchRuleChange,
  type TicketCategory,
} from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { sessionQueries } from '../../shared/session/session.queries';
import '../workbench.css';

const title = messages.workbench.tools.dispatchCatalogue.title;
const text = messages.hotline.catalogue;
const categories = TicketCategorySchema.options.map((value) => ({ value, label: LABELS.ticketCategory[value] }));

type RuleForm = { category: TicketCategory; departmentId: string | null; reason: string };

/** 派单目录: which department takes a category of ticket in a region, kept as data, every change with its reason. */
export function DispatchCataloguePage() {
  const queryClient = useQueryClient();
  const me = useQuery(sessionQueries.me());
  const [region, setRegion] = useState<string | null>(null);
  const regionCode = region ?? me.data?.regionCode ?? '37';
  const [form] = Form.useForm<RuleForm>();
  const regions = useQuery({
    queryKey: ['regions', regionCode.slice(0, 4)],
    queryFn: ({ signal }) => api.listRegions(regionCode.length >= 4 ? regionCode.slice(0, 4) : '37', signal),
  });
  const rules = useQuery({
    queryKey: ['hotline', 'catalogue', regionCode],
    queryFn: ({ signal }) => api.listDispatchCatalogue(regionCode, signal),
  });
  const history = useQuery({
    queryKey: ['hotline', 'catalogue-history', regionCode],
    queryFn: ({ signal }) => api.listDispatchRuleChanges(regionCode, signal),
  });
  const departments = useQuery({
    queryKey: ['departments', regionCode.slice(0, 4)],
    queryFn: ({ signal }) => api.listDepartments({ region: regionCode.slice(0, 4) }, signal),
  });
  const change = useMutation({
    mutationFn: (v: RuleForm) =>
      api.changeDispatchRule({
        regionCode,
        category: v.category,
        departmentId: v.departmentId ?? null,
        reason: v.reason.trim(),
      }),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['hotline', 'catalogue'] });
      void queryClient.invalidateQueries({ queryKey: ['hotline', 'catalogue-history'] });
    },
  });
  const regionOptions = [
    ...(me.data?.regionCode ? [{ value: me.data.regionCode, label: me.data.regionCode }] : []),
    ...(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` })),
  ].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);
  return (
    <div className="page" data-testid="dispatch-catalogue-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <Select
        style={{ minWidth: 240 }}
        aria-label={text.region}
        value={regionCode}
        onChange={setRegion}
        options={regionOptions}
        data-testid="catalogue-region"
      />
      {rules.isError && <ProblemAlert error={rules.error} />}
      <ResponsiveTable<DispatchRule>
        style={{ marginTop: 12 }}
        rowKey={(r) => `${r.regionCode}-${r.category}`}
        loading={rules.isLoading}
        dataSource={rules.data ?? []}
        pagination={false}
        locale={{ emptyText: text.empty }}
        columns={[
          { title: text.region, dataIndex: 'regionCode' },
          { title: text.category, render: (_, r) => LABELS.ticketCategory[r.category] },
          { title: text.department, dataIndex: 'departmentName' },
          {
            title: text.inherited,
            render: (_, r) => (r.regionCode === regionCode ? text.own : text.fromAbove),
          },
        ]}
      />
      <Card title={text.changeTitle(regionCode)} style={{ marginTop: 16 }}>
        {change.isError && <ProblemAlert error={change.error} />}
        <Form<RuleForm> form={form} layout="vertical" requiredMark={false} onFinish={(v) => change.mutate(v)}>
          <Space wrap align="start">
            <Form.Item name="category" label={text.category} rules={[{ required: true }]}>
              <Select style={{ minWidth: 200 }} options={categories} data-testid="rule-category" />
            </Form.Item>
            <Form.Item name="departmentId" label={text.department} extra={text.removeHelp}>
              <Select
                style={{ minWidth: 240 }}
                allowClear
                showSearch
                optionFilterProp="label"
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                data-testid="rule-department"
              />
            </Form.Item>
          </Space>
          <Form.Item name="reason" label={text.reason} rules={[{ required: true, whitespace: true, min: 2 }]}>
            <Input maxLength={200} data-testid="rule-reason" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="save-rule">
            {text.save}
          </Button>
        </Form>
      </Card>
      <h2 style={{ marginTop: 24 }}>{text.history}</h2>
      <ResponsiveTable<DispatchRuleChange>
        rowKey="id"
        loading={history.isLoading}
        dataSource={history.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: text.noHistory }}
        columns={[
          { title: text.changedAt, render: (_, c) => formatDateTime(c.changedAt) },
          { title: text.region, dataIndex: 'regionCode' },
          { title: text.category, render: (_, c) => LABELS.ticketCategory[c.category] },
          { title: text.from, render: (_, c) => c.fromDepartmentName ?? '—' },
          { title: text.to, render: (_, c) => c.toDepartmentName ?? text.removed },
          { title: text.reason, dataIndex: 'reason' },
          { title: text.changedBy, dataIndex: 'changedBy' },
        ]}
      />
    </div>
  );
}
