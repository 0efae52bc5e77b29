import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Skeleton,
  Space,
  Spin,
  Tag,
} from 'antd';
import { useState } from 'react';
import { describeReformChange, type ReformChange, type ReformNames, type ReformScenario } from '@yici/contracts';
import { api } from '../../api/client';
import { catalogQueries } from '../catalog/catalog.queries';
import { evaluationMessages } from '../../messages.evaluation';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { hasAnyRole } from '../../shared/session/session-access';
import { sessionQueries } from '../../shared/session/session.queries';
import { formatDateTime } from '../../shared/format-time';
import './evaluation.css';

const text = evaluationMessages.reforms;
const ROLES = ['evaluator', 'supervisor', 'administrator'] as const;

/** The seed's 串联 → 并联 for 不动产: the deed tax took 3 working days before registration could start. */
const PRESET: { baseline: ReformChange[]; changes: ReformChange[] } = {
  baseline: [{ kind: 'promised_limit', basicCode: '370412002000', days: 3 }],
  changes: [
    { kind: 'bundle_graph', bundleId: 'real-estate-transfer', step: 'registration', dependsOn: ['contract_filing'] },
  ],
};

const fmt = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

/** A difference shown with its sign, coloured by whether it is better (lower days, higher score). */
function Delta({
  value,
  lowerIsBetter,
  digits = 1,
}: {
  value: number | null;
  lowerIsBetter: boolean;
  digits?: number;
}) {
  if (value === null) return <span>—</span>;
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return <span>0</span>;
  const better = lowerIsBetter ? rounded < 0 : rounded > 0;
  return (
    <strong className={better ? 'evaluation-up' : 'evaluation-down'} data-testid="reform-delta">
      {rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`}
    </strong>
  );
}

/** 改革模拟: what a change would do to the 3545 figures and the ranking, beside the baseline. */
export function ReformsPage() {
  const me = useQuery({ ...sessionQueries.me(), retry: false });
  const allowed = !!me.data && me.data.kind === 'staff' && hasAnyRole(me.data, ROLES);
  return (
    <div className="page" data-testid="reforms-page">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro">{text.intro}</p>
      {me.isPending && <Skeleton active />}
      {!me.isPending && !allowed && <Alert type="info" showIcon message={text.signIn} />}
      {allowed && <Reforms />}
    </div>
  );
}

function Reforms() {
  const [selected, setSelected] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['reforms'],
    queryFn: ({ signal }) => api.listReformScenarios(signal),
    // While one is queued or running, its progress is fetched every two seconds.
    refetchInterval: (query) =>
      query.state.data?.some((s) => s.status === 'queued' || s.status === 'running') ? 2_000 : false,
  });
  const shown = list.data?.find((s) => s.id === selected) ?? list.data?.find((s) => s.status === 'done');
  return (
    <>
      <NewScenario onQueued={setSelected} />
      <h2>{text.list}</h2>
      {list.isPending && <Skeleton active />}
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.length === 0 && <Empty description={text.empty} />}
      {list.isSuccess && list.data.length > 0 && (
        <ul className="plain-list evaluation-list" data-testid="reform-list">
          {list.data.map((s) => (
            <li key={s.id}>
              <Button type="link" onClick={() => setSelected(s.id)} data-testid="reform-link">
                {s.title}
              </Button>
              <span className="evaluation-meta">
                {[...s.baselineDescribed.map((d) => `${text.baselineChanges}：${d}`), ...s.described].join('；')}
              </span>
              <Tag
                color={s.status === 'done' ? 'green' : s.status === 'failed' ? 'red' : 'blue'}
                data-testid="reform-status"
              >
                {text.status[s.status]}
              </Tag>
              {(s.status === 'queued' || s.status === 'running') && (
                <Progress
                  percent={Math.floor((100 * s.progress.done) / Math.max(1, s.progress.total))}
                  size="small"
                  format={(p) => `${s.progress.step} ${p}%`}
                  style={{ minWidth: 220 }}
                />
              )}
              {s.error && <span className="evaluation-missing">{s.error}</span>}
              <span className="evaluation-meta">{formatDateTime(s.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {shown?.result && <Comparison scenario={shown} />}
    </>
  );
}

type Draft = { change: ReformChange; baseline: boolean };

/**
 * The names the drafted changes' descriptions need (their bundles with steps, items, departments),
 * so that a draft reads as the server will describe it once submitted; `loading` while any is still
 * on its way (a draft is not shown with codes meanwhile; a failed look-up falls back to the codes).
 */
function useReformNames(
  changes: readonly ReformChange[],
  departments: readonly { id: string; name: string }[],
  departmentsPending: boolean,
) {
  const bundleIds = [...new Set(changes.flatMap((c) => ('bundleId' in c ? [c.bundleId] : [])))];
  const codes = [...new Set(changes.flatMap((c) => (c.kind === 'promised_limit' ? [c.basicCode] : [])))];
  const bundles = useQueries({ queries: bundleIds.map((id) => catalogQueries.bundle(id)) });
  const items = useQueries({ queries: codes.map((code) => catalogQueries.item(code)) });
  const names: ReformNames = {
    bundles: new Map(bundles.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : []))),
    items: new Map(
      items.flatMap((q, i) =>
        q.data ? [[codes[i]!, q.data.kind === 'standard' ? q.data.item.name : q.data.standard.name] as const] : [],
      ),
    ),
    departments: new Map(departments.map((d) => [d.id, d.name])),
  };
  const loading = departmentsPending || [...bundles, ...items].some((q) => q.isPending);
  return { names, loading };
}

function NewScenario({ onQueued }: { onQueued: (id: string) => void }) {
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [kind, setKind] = useState<ReformChange['kind']>('bundle_graph');
  const [form] = Form.useForm();
  const bundleId = Form.useWatch('bundleId', form) as string | undefined;
  const bundles = useQuery(catalogQueries.bundles());
  const bundle = useQuery({ ...catalogQueries.bundle(bundleId ?? ''), enabled: !!bundleId });
  const departments = useQuery({
    queryKey: ['departments'],
    queryFn: ({ signal }) => api.listDepartments({}, signal),
  });
  const { names, loading: namesLoading } = useReformNames(
    drafts.map((d) => d.change),
    departments.data ?? [],
    departments.isPending,
  );
  const steps = (bundle.data?.steps ?? []).map((s) => ({ value: s.key, label: s.name }));
  const submit = useMutation({
    mutationFn: (v: { year: number; cases: number; seed: number }) =>
      api.submitReformScenario({
        ...v,
        changes: drafts.filter((d) => !d.baseline).map((d) => d.change),
        baselineChanges: drafts.filter((d) => d.baseline).map((d) => d.change),
      }),
    onSuccess: async (scenario) => {
      setDrafts([]);
      onQueued(scenario.id);
      await queryClient.invalidateQueries({ queryKey: ['reforms'] });
    },
  });

  const add = (v: Record<string, unknown>) => {
    const change: ReformChange | null =
      kind === 'bundle_graph'
        ? { kind, bundleId: String(v.bundleId), step: String(v.step), dependsOn: (v.dependsOn as string[]) ?? [] }
        : kind === 'remove_step'
          ? { kind, bundleId: String(v.bundleId), step: String(v.step) }
          : kind === 'promised_limit'
            ? { kind, basicCode: String(v.basicCode), days: Number(v.days) }
            : kind === 'staffing'
              ? { kind, departmentId: String(v.departmentId), factor: Number(v.factor) }
              : { kind, share: Number(v.share) };
    setDrafts((d) => [...d, { change, baseline: v.asBaseline === true }]);
  };

  return (
    <Card title={text.form} className="evaluation-run">
      <Form layout="vertical" form={form} onFinish={add} initialValues={{ factor: 2, share: 0.8, days: 1 }}>
        <Form.Item label={text.kind}>
          <Select
            value={kind}
            onChange={setKind}
            options={Object.entries(text.kinds).map(([value, label]) => ({ value, label }))}
            data-testid="reform-kind"
          />
        </Form.Item>
        {(kind === 'bundle_graph' || kind === 'remove_step') && (
          <>
            <Form.Item name="bundleId" label={text.bundle} rules={[{ required: true }]}>
              <Select options={(bundles.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
            </Form.Item>
            <Form.Item name="step" label={text.step} rules={[{ required: true }]}>
              <Select options={steps} />
            </Form.Item>
          </>
        )}
        {kind === 'bundle_graph' && (
          <Form.Item name="dependsOn" label={text.dependsOn}>
            <Select mode="multiple" options={steps} />
          </Form.Item>
        )}
        {kind === 'promised_limit' && (
          <Space wrap>
            <Form.Item name="basicCode" label={text.basicCode} rules={[{ required: true, pattern: /^\d{12}$/ }]}>
              <Input inputMode="numeric" maxLength={12} />
            </Form.Item>
            <Form.Item name="days" label={text.days} rules={[{ required: true }]}>
              <InputNumber min={0} max={365} />
            </Form.Item>
          </Space>
        )}
        {kind === 'staffing' && (
          <Space wrap>
            <Form.Item name="departmentId" label={text.department} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                style={{ minWidth: 240 }}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
            <Form.Item name="factor" label={text.factor} rules={[{ required: true }]}>
              <InputNumber min={0.25} max={4} step={0.25} />
            </Form.Item>
          </Space>
        )}
        {kind === 'online_share' && (
          <Form.Item name="share" label={text.share} rules={[{ required: true }]}>
            <InputNumber min={0} max={1} step={0.05} />
          </Form.Item>
        )}
        <Form.Item name="asBaseline" valuePropName="checked">
          <Checkbox>{text.asBaseline}</Checkbox>
        </Form.Item>
        <Space wrap>
          <Button htmlType="submit" data-testid="reform-add">
            {text.add}
          </Button>
          <Button
            onClick={() =>
              setDrafts([
                ...PRESET.baseline.map((change) => ({ change, baseline: true })),
                ...PRESET.changes.map((change) => ({ change, baseline: false })),
              ])
            }
            data-testid="reform-preset"
          >
            {text.preset}
          </Button>
        </Space>
      </Form>
      <h3>{text.changes}</h3>
      {drafts.length === 0 ? (
        <p className="evaluation-meta">{text.noChanges}</p>
      ) : (
        <ul className="plain-list" data-testid="reform-drafts">
          {drafts.map((d, i) => (
            <li key={i}>
              {d.baseline && <Tag>{text.baselineChanges}</Tag>}
              <span data-testid="reform-draft">
                {namesLoading ? <Spin size="small" /> : describeReformChange(d.change, names)}
              </span>{' '}
              <Button size="small" type="link" onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))}>
                {text.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Form
        layout="inline"
        initialValues={{ year: 2018, cases: 200_000, seed: 42 }}
        onFinish={(v: { year: number; cases: number; seed: number }) => submit.mutate(v)}
      >
        <Form.Item name="year" label={text.year} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="cases" label={text.cases} rules={[{ required: true }]}>
          <InputNumber min={1000} max={2_000_000} step={10_000} />
        </Form.Item>
        <Form.Item name="seed" label={text.seed} rules={[{ required: true }]}>
          <InputNumber min={0} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          disabled={drafts.every((d) => d.baseline)}
          loading={submit.isPending}
          data-testid="reform-submit"
        >
          {text.submit}
        </Button>
      </Form>
      {submit.isError && <ProblemAlert error={submit.error} />}
    </Card>
  );
}

type BundleRow = NonNullable<ReformScenario['result']>['bundles'][number];
type CityRow = NonNullable<ReformScenario['result']>['cities'][number];

function Comparison({ scenario }: { scenario: ReformScenario }) {
  const result = scenario.result!;
  const cities = [...result.cities].sort((a, b) => (a.variant.rank ?? 99) - (b.variant.rank ?? 99));
  return (
    <section data-testid="reform-result">
      <h2>{scenario.title}</h2>
      <ul className="plain-list">
        {scenario.baselineDescribed.map((d) => (
          <li key={`b-${d}`}>
            <Tag>{text.baselineChanges}</Tag>
            {d}
          </li>
        ))}
        {scenario.described.map((d) => (
          <li key={d}>
            <Tag color="blue">{text.changes}</Tag>
            {d}
          </li>
        ))}
      </ul>
      <p className="evaluation-meta">{text.modelled(result.casesModelled.baseline, result.casesModelled.variant)}</p>
      <h3>{text.figures}</h3>
      <ResponsiveTable<BundleRow>
        rowKey="bundleId"
        size="small"
        pagination={false}
        dataSource={result.bundles}
        data-testid="reform-figures"
        columns={[
          { title: text.bundleName, dataIndex: 'name' },
          { title: text.promised, dataIndex: 'promisedDays' },
          { title: text.baseline, key: 'b', render: (_, b) => fmt(b.baseline.medianWorkingDays) },
          { title: text.variant, key: 'v', render: (_, b) => fmt(b.variant.medianWorkingDays) },
          {
            title: text.difference,
            key: 'd',
            render: (_, b) => (
              <Delta
                lowerIsBetter
                value={
                  b.variant.medianWorkingDays === null || b.baseline.medianWorkingDays === null
                    ? null
                    : b.variant.medianWorkingDays - b.baseline.medianWorkingDays
                }
              />
            ),
          },
          {
            title: `${text.p90}（${text.baseline} → ${text.variant}）`,
            key: 'p90',
            render: (_, b) => `${fmt(b.baseline.p90WorkingDays)} → ${fmt(b.variant.p90WorkingDays)}`,
          },
          {
            title: `${text.onTime}（${text.baseline} → ${text.variant}）`,
            key: 'onTime',
            render: (_, b) =>
              `${fmt((b.baseline.onTimeShare ?? NaN) * 100)}% → ${fmt((b.variant.onTimeShare ?? NaN) * 100)}%`,
          },
        ]}
      />
      <h3>{text.ranking}</h3>
      <ResponsiveTable<CityRow>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={cities}
        data-testid="reform-ranking"
        columns={[
          { title: text.city, dataIndex: 'name' },
          { title: `${text.total}（${text.baseline}）`, key: 'bt', render: (_, c) => fmt(c.baseline.total, 2) },
          { title: `${text.total}（${text.variant}）`, key: 'vt', render: (_, c) => fmt(c.variant.total, 2) },
          {
            title: text.difference,
            key: 'dt',
            render: (_, c) => (
              <Delta
                lowerIsBetter={false}
                digits={2}
                value={
                  c.variant.total === null || c.baseline.total === null ? null : c.variant.total - c.baseline.total
                }
              />
            ),
          },
          { title: `${text.rank}（${text.baseline}）`, key: 'br', render: (_, c) => c.baseline.rank ?? '—' },
          { title: `${text.rank}（${text.variant}）`, key: 'vr', render: (_, c) => c.variant.rank ?? '—' },
          ...result.firstLevels.map((level) => ({
            title: level.name,
            key: level.key,
            render: (_: unknown, c: CityRow) => {
              const before = c.baseline.firstLevels.find((l) => l.key === level.key)?.score ?? null;
              const after = c.variant.firstLevels.find((l) => l.key === level.key)?.score ?? null;
              return (
                <span>
                  {fmt(after)}{' '}
                  <Delta lowerIsBetter={false} value={after === null || before === null ? null : after - before} />
                </span>
              );
            },
          })),
        ]}
      />
      {result.indicatorsLeftOut.length > 0 && (
        <>
          <h3>{text.leftOut}</h3>
          <ul className="plain-list">
            {result.indicatorsLeftOut.map((l) => (
              <li key={l.key}>
                {l.name}：{l.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{text.assumptions}</h3>
      <ul data-testid="reform-assumptions">
        {result.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </section>
  );
}
