import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Input, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { LABELS, type Rating, type RatingSummary } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { CursorPager } from '../../shared/cursor-pager';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { sessionQueries } from '../../shared/session/session.queries';
import '../workbench.css';

const title = messages.workbench.tools.ratingDesk.title;
const text = messages.hotline.desk;

/**
 * Bad ratings and their rectification: the rated department calls the rater back, fixes and
 * submits evidence, or appeals a malicious rating; the rating desk (supervisors) verifies the fix
 * and reviews appeals with reasons. The rater confirms on the portal. Nothing here edits a rating.
 */
export function RatingDeskPage() {
  const [status, setStatus] = useState<'open' | 'all'>('open');
  // The page shown, by its cursor (undefined: the first); another status starts again at the first.
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['ratings', 'list', status, cursor],
    queryFn: ({ signal }) => api.listRatings({ status, ...(cursor ? { cursor } : {}) }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="page" data-testid="rating-desk-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as 'open' | 'all');
          setCursor(undefined);
        }}
        options={[
          { value: 'open', label: text.open },
          { value: 'all', label: text.all },
        ]}
      />
      {list.isError && <ProblemAlert error={list.error} />}
      <ResponsiveTable<RatingSummary>
        style={{ marginTop: 12 }}
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: text.empty }}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: text.level, render: (_, r) => <Tag color="red">{r.levelName}</Tag> },
          { title: text.channel, render: (_, r) => LABELS.ratingChannel[r.channel] },
          {
            title: text.where,
            render: (_, r) =>
              [r.departmentName, r.servicePointName, r.window ? text.window(r.window) : null].filter(Boolean).join(' '),
          },
          { title: text.comment, dataIndex: 'comment' },
          {
            title: text.status,
            render: (_, r) => (
              <Space wrap>
                {r.rectificationStatus && <Tag>{LABELS.rectificationStatus[r.rectificationStatus]}</Tag>}
                {r.appealPending && <Tag color="orange">{text.appealPending}</Tag>}
              </Space>
            ),
          },
          {
            title: text.open,
            render: (_, r) => (
              <Button size="small" onClick={() => setOpenId(r.id)} data-testid="open-rating">
                {text.view}
              </Button>
            ),
          },
        ]}
      />
      <CursorPager page={list.data} unit={text.unit} current={cursor} onPage={setCursor} />
      {openId && <RatingCard id={openId} />}
    </div>
  );
}

function RatingCard({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const me = useQuery(sessionQueries.me());
  const [note, setNote] = useState('');
  const rating = useQuery({ queryKey: ['ratings', 'one', id], queryFn: ({ signal }) => api.getRating(id, signal) });
  const act = useMutation({
    mutationFn: ({ step, body }: { step: string; body: unknown }) => api.ratingStep(id, step, body),
    onSuccess: () => {
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ['ratings'] });
    },
  });
  const r: Rating | undefined = rating.data;
  if (!r) return rating.isError ? <ProblemAlert error={rating.error} /> : null;
  const roles = me.data?.roles ?? [];
  const desk = roles.includes('supervisor');
  const department = roles.includes('reviewer') || roles.includes('approver');
  const rect = r.rectification;
  const pendingAppeal = r.appeals.some((a) => a.status === 'pending');
  const run = (step: string, body: unknown) => act.mutate({ step, body });
  const noteBox = (placeholder: string) => (
    <Input.TextArea
      rows={3}
      maxLength={1000}
      placeholder={placeholder}
      aria-label={placeholder}
      value={note}
      onChange={(e) => setNote(e.target.value)}
      data-testid="rating-note"
    />
  );
  return (
    <Card title={text.cardTitle(r.levelName)} style={{ marginTop: 16 }} data-testid="rating-card">
      {act.isError && <ProblemAlert error={act.error} />}
      <Descriptions column={1} size="small">
        <Descriptions.Item label={text.reasons}>
          {r.reasons.map((x) => LABELS.ratingReason[x]).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={text.comment}>{r.comment || '—'}</Descriptions.Item>
        {rect && (
          <Descriptions.Item label={text.status}>
            <span data-testid="rectification-status">{LABELS.rectificationStatus[rect.status]}</span>
          </Descriptions.Item>
        )}
        {rect?.clock?.dueOn && <Descriptions.Item label={text.due}>{rect.clock.dueOn}</Descriptions.Item>}
        {rect?.callbackNote && <Descriptions.Item label={text.callback}>{rect.callbackNote}</Descriptions.Item>}
        {rect?.evidence && <Descriptions.Item label={text.evidence}>{rect.evidence}</Descriptions.Item>}
        {rect?.verificationNote && (
          <Descriptions.Item label={text.verification}>{rect.verificationNote}</Descriptions.Item>
        )}
        {r.appeals.map((a) => (
          <Descriptions.Item key={a.id} label={text.appeal}>
            {`${LABELS.appealStatus[a.status]}：${a.reason}${a.reviewReason ? `（${a.reviewReason}）` : ''}`}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Space direction="vertical" style={{ width: '100%' }}>
        {department && rect?.status === 'callback_pending' && (
          <>
            {noteBox(text.callbackPlaceholder)}
            <Button type="primary" disabled={!note.trim()} onClick={() => run('callback', { note: note.trim() })}>
              {text.recordCallback}
            </Button>
          </>
        )}
        {department && rect?.status === 'rectifying' && (
          <>
            {noteBox(text.evidencePlaceholder)}
            <Button
              type="primary"
              disabled={!note.trim()}
              onClick={() => run('evidence', { evidence: note.trim() })}
              data-testid="submit-evidence"
            >
              {text.submitEvidence}
            </Button>
          </>
        )}
        {desk && rect?.status === 'submitted' && (
          <>
            {noteBox(text.verificationPlaceholder)}
            <Space wrap>
              <Button
                type="primary"
                disabled={!note.trim()}
                onClick={() => run('verification', { accept: true, note: note.trim() })}
                data-testid="accept-rectification"
              >
                {text.accept}
              </Button>
              <Button disabled={!note.trim()} onClick={() => run('verification', { accept: false, note: note.trim() })}>
                {text.sendBack}
              </Button>
            </Space>
          </>
        )}
        {department && !pendingAppeal && (
          <>
            <Input
              placeholder={text.appealPlaceholder}
              aria-label={text.appealPlaceholder}
              maxLength={1000}
              onPressEnter={(e) => {
                const reason = (e.target as HTMLInputElement).value.trim();
                if (reason.length >= 5) run('appeal', { reason });
              }}
            />
          </>
        )}
        {desk && pendingAppeal && (
          <>
            {noteBox(text.reviewPlaceholder)}
            <Space wrap>
              <Button
                disabled={!note.trim()}
                onClick={() => run('appeal-review', { uphold: true, reason: note.trim() })}
              >
                {text.uphold}
              </Button>
              <Button
                disabled={!note.trim()}
                onClick={() => run('appeal-review', { uphold: false, reason: note.trim() })}
              >
                {text.reject}
              </Button>
            </Space>
          </>
        )}
      </Space>
    </Card>
  );
}
