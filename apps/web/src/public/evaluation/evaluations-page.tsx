import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Form, InputNumber, Skeleton } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { evaluationMessages as text } from '../../messages.evaluation';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { hasAnyRole } from '../../shared/session/session-access';
import { sessionQueries } from '../../shared/session/session.queries';
import { formatDateTime } from '../../shared/format-time';
import './evaluation.css';

/** Published evaluations; the evaluator, supervisors and administrators run a new one here. */
export function EvaluationsPage() {
  const list = useQuery({ queryKey: ['evaluations'], queryFn: ({ signal }) => api.listEvaluations(signal) });
  const me = useQuery({ ...sessionQueries.me(), retry: false });
  const canRun =
    !!me.data && me.data.kind === 'staff' && hasAnyRole(me.data, ['evaluator', 'supervisor', 'administrator']);
  return (
    <div className="page" data-testid="evaluations-page">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro">{text.intro}</p>
      {canRun && <RunEvaluation />}
      {canRun && (
        <p>
          <Link to="/evaluations/reforms" data-testid="reforms-link">
            {text.reforms.link}
          </Link>
        </p>
      )}
      <h2>{text.listTitle}</h2>
      {list.isPending && <Skeleton active />}
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.length === 0 && <Empty description={text.empty} />}
      {list.isSuccess && list.data.length > 0 && (
        <ul className="plain-list evaluation-list">
          {list.data.map((e) => (
            <li key={e.id}>
              <Link to={`/evaluations/${e.id}`} data-testid="evaluation-link">
                {e.title}
              </Link>
              <span className="evaluation-meta">
                {text.cities(e.cities)} · {formatDateTime(e.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RunEvaluation() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: (year: number) => api.runEvaluation({ year }),
    onSuccess: async (evaluation) => {
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      void navigate(`/evaluations/${evaluation.id}`);
    },
  });
  return (
    <Card title={text.run.title} className="evaluation-run">
      <p className="page-intro">{text.run.hint}</p>
      <Form layout="inline" initialValues={{ year: 2018 }} onFinish={(v: { year: number }) => run.mutate(v.year)}>
        <Form.Item name="year" label={text.run.year} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} data-testid="evaluation-year" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={run.isPending} data-testid="evaluation-run">
          {run.isPending ? text.run.running : text.run.submit}
        </Button>
      </Form>
      {run.isError && <ProblemAlert error={run.error} />}
    </Card>
  );
}
