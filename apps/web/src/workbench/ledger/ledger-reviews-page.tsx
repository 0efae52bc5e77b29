import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Input, List, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { LABELS, type ProgressReport } from '@yici/contracts';
import { api } from '../../api/client';
import { evidenceUrl } from '../../api/ledger.endpoints';
import { messages } from '../../messages';
import { CursorPager } from '../../shared/cursor-pager';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import '../workbench.css';

const title = messages.workbench.tools.ledgerReviews.title;
const text = messages.ledger.review;
const PAGE_SIZE = 20;

/** Progress reports awaiting review: accept, or send back with the reason the department reads. */
export function LedgerReviewsPage() {
  const [filter, setFilter] = useState<'pending' | 'all'>('pending');
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const reports = useQuery({
    queryKey: ['workbench', 'ledger', 'reports', filter, cursor],
    queryFn: ({ signal }) =>
      api.listLedgerReports(
        { ...(filter === 'pending' ? { status: 'pending' as const } : {}), cursor, limit: PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="page" data-testid="ledger-reviews-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <Segmented
        value={filter}
        onChange={(v) => {
          // Another filter starts again from the first page: a cursor belongs to its filters.
          setFilter(v as 'pending' | 'all');
          setCursor(undefined);
        }}
        options={[
          { value: 'pending', label: text.pending },
          { value: 'all', label: text.all },
        ]}
      />
      {reports.isError && <ProblemAlert error={reports.error} />}
      <List
        loading={reports.isPending}
        locale={{ emptyText: text.empty }}
        dataSource={reports.data?.items ?? []}
        renderItem={(r) => <ReportItem report={r} />}
      />
      <CursorPager page={reports.data} unit={text.unit} current={cursor} onPage={setCursor} />
    </div>
  );
}

function ReportItem({ report: r }: { report: ProgressReport }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const review = useMutation({
    mutationFn: (decision: 'accept' | 'send_back') => api.reviewLedgerReport(r.id, { decision, reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['workbench', 'ledger'] }),
  });
  return (
    <List.Item data-testid="review-item">
      <List.Item.Meta
        title={
          <Space wrap>
            <span>
              {r.taskCode} {r.taskTitle}
            </span>
            <Tag color={r.status === 'pending' ? 'blue' : undefined}>{LABELS.progressReportStatus[r.status]}</Tag>
            {r.completesMilestone && <Tag color="green">{text.completes}</Tag>}
          </Space>
        }
        description={
          <Space direction="vertical" style={{ width: '100%' }}>
            <span>
              {text.department}：{r.departmentName} · {r.milestoneTitle}
            </span>
            <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.summary}</span>
            <span>
              {text.evidence}：
              {r.evidence.map((e, i) => (
                <a
                  key={e.sha256}
                  href={evidenceUrl(e.sha256)}
                  target="_blank"
                  rel="noreferrer"
                  style={{ marginRight: 8 }}
                >
                  {text.file(i + 1)}
                </a>
              ))}
            </span>
            {r.reviewReason && <span>{r.reviewReason}</span>}
            {review.isError && <ProblemAlert error={review.error} />}
            {r.status === 'pending' && (
              <Space wrap>
                <Button
                  type="primary"
                  onClick={() => review.mutate('accept')}
                  loading={review.isPending}
                  data-testid="review-accept"
                >
                  {text.accept}
                </Button>
                <Input
                  aria-label={text.reason}
                  placeholder={text.reason}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  maxLength={1000}
                />
                <Button
                  disabled={!reason.trim()}
                  onClick={() => review.mutate('send_back')}
                  data-testid="review-send-back"
                >
                  {text.sendBack}
                </Button>
              </Space>
            )}
          </Space>
        }
      />
    </List.Item>
  );
}
