import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Input, InputNumber, List, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LABELS, TicketStatusSchema, type Ticket, type TicketStatus, type TicketSummary } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { CaseTimeline } from '../../shared/cases/case-timeline';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { sessionQueries } from '../../shared/session/session.queries';
import '../workbench.css';

const title = messages.workbench.tools.ticketInbox.title;
const text = messages.hotline.inbox;

const OPEN: TicketStatus[] = ['registered', 'dispatched', 'signed', 'returned'];

/**
 * The 12345 tickets. A department signs within 1 working day, replies within 5 (asking for an
 * extension of up to 10), or returns a misrouted one within 2. The hotline centre dispatches web
 * and rating tickets, decides returns (final) and extensions, and merges repeats.
 */
export function TicketInboxPage() {
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [params, setParams] = useSearchParams();
  const filters = figureFilters(params);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const tickets = useQuery({
    queryKey: ['hotline', 'tickets', 'inbox', status, filters, cursor],
    queryFn: ({ signal }) => api.listTickets({ ...filters, ...(status ? { status } : {}), cursor }, signal),
  });
  const clear = (keys: (keyof FigureFilters)[]) => {
    const next = new URLSearchParams(params);
    for (const key of keys) next.delete(key);
    setCursor(undefined);
    setParams(next);
  };
  return (
    <div className="page" data-testid="ticket-inbox-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <FilterChips filters={filters} items={tickets.data?.items ?? []} onClear={clear} />
      <Select
        className="inbox-select"
        aria-label={text.filterStatus}
        value={status}
        onChange={(v: TicketStatus | '') => {
          setCursor(undefined);
          setStatus(v);
        }}
        options={[
          { value: '', label: text.allStatuses },
          ...TicketStatusSchema.options.map((value) => ({ value, label: LABELS.ticketStatus[value] })),
        ]}
        data-testid="ticket-status-filter"
      />
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
                  <Tag>{LABELS.ticketChannel[t.channel]}</Tag>
                </Space>
              }
              description={t.excerpt}
            />
          </List.Item>
        )}
      />
      <Space style={{ marginTop: 12 }}>
        {cursor && <Button onClick={() => setCursor(undefined)}>{text.firstPage}</Button>}
        {tickets.data?.prev && (
          <Button onClick={() => setCursor(tickets.data.prev ?? undefined)}>{text.previous}</Button>
        )}
        {tickets.data?.next && (
          <Button onClick={() => setCursor(tickets.data.next ?? undefined)} data-testid="tickets-more">
            {text.more}
          </Button>
        )}
      </Space>
      {openId && (
        <TicketCard key={openId} id={openId} others={(tickets.data?.items ?? []).filter((t) => t.id !== openId)} />
      )}
    </div>
  );
}

type FigureFilters = { region?: string; from?: string; to?: string; departmentId?: string; merged?: 'exclude' };

/**
 * The filters a supervision dashboard's figure links with (区划, 期间, 承办部门). Malformed values
 * are left to the server, whose problem names the field at fault.
 */
function figureFilters(params: URLSearchParams): FigureFilters {
  const filters: FigureFilters = {};
  for (const key of ['region', 'from', 'to', 'departmentId'] as const) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  if (params.get('merged') === 'exclude') filters.merged = 'exclude';
  return filters;
}

/** The figure's filters as chips, each cleared on its own or all at once. */
function FilterChips({
  filters,
  items,
  onClear,
}: {
  filters: FigureFilters;
  items: TicketSummary[];
  onClear: (keys: (keyof FigureFilters)[]) => void;
}) {
  const region = useQuery({
    queryKey: ['region', filters.region],
    queryFn: ({ signal }) => api.getRegion(filters.region!, signal),
    enabled: !!filters.region,
    retry: false,
  });
  const departments = useQuery({
    queryKey: ['departments', filters.region],
    queryFn: ({ signal }) => api.listDepartments({ region: filters.region! }, signal),
    enabled: !!filters.departmentId && !!filters.region,
    retry: false,
  });
  const departmentName =
    items.find((t) => t.department?.id === filters.departmentId)?.department?.name ??
    departments.data?.find((d) => d.id === filters.departmentId)?.name ??
    text.chosenDepartment;
  const chips: { keys: (keyof FigureFilters)[]; label: string; testId: string }[] = [
    ...(filters.region
      ? [{ keys: ['region' as const], label: text.regionChip(region.data?.name ?? filters.region), testId: 'region' }]
      : []),
    ...(filters.from || filters.to
      ? [{ keys: ['from' as const, 'to' as const], label: text.periodChip(filters.from, filters.to), testId: 'period' }]
      : []),
    ...(filters.departmentId
      ? [{ keys: ['departmentId' as const], label: text.departmentChip(departmentName), testId: 'department' }]
      : []),
    ...(filters.merged ? [{ keys: ['merged' as const], label: text.mergedLeftOut, testId: 'merged' }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="ticket-filters">
      <span>{text.figureFilters}</span>
      {chips.map((chip) => (
        <Tag
          key={chip.testId}
          closable
          closeIcon={<span aria-label={text.clearFilter(chip.label)}>×</span>}
          onClose={(e) => {
            e.preventDefault();
            onClear(chip.keys);
          }}
          data-testid={`ticket-filter-${chip.testId}`}
        >
          {chip.label}
        </Tag>
      ))}
      <Button
        size="small"
        onClick={() => onClear(['region', 'from', 'to', 'departmentId', 'merged'])}
        data-testid="clear-filters"
      >
        {text.clearFilters}
      </Button>
    </Space>
  );
}

function TicketCard({ id, others }: { id: string; others: TicketSummary[] }) {
  const queryClient = useQueryClient();
  const me = useQuery(sessionQueries.me());
  const [reply, setReply] = useState('');
  const [reason, setReason] = useState('');
  const [days, setDays] = useState<number | null>(5);
  const [mergeInto, setMergeInto] = useState<string | undefined>();
  const ticket = useQuery({ queryKey: ['hotline', 'ticket', id], queryFn: ({ signal }) => api.getTicket(id, signal) });
  const act = useMutation({
    mutationFn: (run: () => Promise<Ticket>) => run(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['hotline'] }),
  });
  const t = ticket.data;
  const departments = useQuery({
    queryKey: ['departments', t?.regionCode.slice(0, 4)],
    queryFn: ({ signal }) => api.listDepartments({ region: t!.regionCode.slice(0, 4) }, signal),
    enabled: t?.status === 'returned',
  });
  const [toDepartment, setToDepartment] = useState<string | undefined>();
  const caseTimeline = useQuery({
    queryKey: ['hotline', 'ticket-case', id],
    queryFn: ({ signal }) => api.getTicketCaseTimeline(id, signal),
    enabled: !!t?.links.caseId,
  });
  if (!t) return ticket.isError ? <ProblemAlert error={ticket.error} /> : null;
  const centre = me.data?.roles.includes('hotline_operator') ?? false;
  const department = !!me.data?.roles.some((r) => r === 'reviewer' || r === 'approver');
  const why = reason.trim();
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
      {t.links.caseId && (
        <Card size="small" title={messages.hotline.ticketCase.title} style={{ marginBottom: 12 }}>
          <CaseTimeline timeline={caseTimeline} />
        </Card>
      )}
      {t.returnReasons.length > 0 && <p>{text.returnReasons(t.returnReasons.join('；'))}</p>}
      {t.extension && <p>{text.extension(t.extension.days, t.extension.reason, t.extension.status)}</p>}
      {centre && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="centre-actions">
          <Input
            placeholder={text.centreReason}
            aria-label={text.centreReason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
            data-testid="centre-reason"
          />
          <Space wrap>
            {t.status === 'registered' && (
              <Button
                type="primary"
                onClick={() => act.mutate(() => api.dispatchTicket(t.id, {}))}
                data-testid="dispatch"
              >
                {text.dispatch}
              </Button>
            )}
            {t.status === 'returned' && (
              <>
                <Button
                  disabled={!why}
                  onClick={() => act.mutate(() => api.decideTicketReturn(t.id, { decision: 'reject', reason: why }))}
                  data-testid="reject-return"
                >
                  {text.rejectReturn}
                </Button>
                <Select
                  style={{ minWidth: 220 }}
                  aria-label={text.toDepartment}
                  placeholder={text.toDepartment}
                  value={toDepartment}
                  onChange={setToDepartment}
                  options={(departments.data ?? [])
                    .filter((d) => d.id !== t.department?.id)
                    .map((d) => ({ value: d.id, label: d.name }))}
                />
                <Button
                  disabled={!why || !toDepartment}
                  onClick={() =>
                    act.mutate(() =>
                      api.decideTicketReturn(t.id, { decision: 'accept', reason: why, departmentId: toDepartment }),
                    )
                  }
                >
                  {text.acceptReturn}
                </Button>
              </>
            )}
            {t.status === 'signed' && t.extension?.status === 'requested' && (
              <>
                <Button
                  type="primary"
                  disabled={!why}
                  onClick={() => act.mutate(() => api.decideTicketExtension(t.id, { approve: true, reason: why }))}
                  data-testid="approve-extension"
                >
                  {text.approveExtension}
                </Button>
                <Button
                  disabled={!why}
                  onClick={() => act.mutate(() => api.decideTicketExtension(t.id, { approve: false, reason: why }))}
                >
                  {text.rejectExtension}
                </Button>
              </>
            )}
            {OPEN.includes(t.status) && (
              <>
                <Select
                  style={{ minWidth: 220 }}
                  aria-label={text.mergeInto}
                  placeholder={text.mergeInto}
                  value={mergeInto}
                  onChange={setMergeInto}
                  options={others
                    .filter((o) => OPEN.includes(o.status))
                    .map((o) => ({ value: o.id, label: `${o.ticketNumber} ${o.excerpt.slice(0, 20)}` }))}
                />
                <Button
                  disabled={!why || !mergeInto}
                  onClick={() => act.mutate(() => api.mergeTicket(t.id, { intoTicketId: mergeInto!, reason: why }))}
                  data-testid="merge"
                >
                  {text.merge}
                </Button>
              </>
            )}
          </Space>
        </Space>
      )}
      {department && t.status === 'dispatched' && (
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
      {department && t.status === 'signed' && !t.extension && (
        <Space wrap style={{ marginBottom: 12 }}>
          <InputNumber min={1} max={10} value={days} onChange={setDays} aria-label={text.extensionDays} />
          <Input
            placeholder={text.extensionReason}
            aria-label={text.extensionReason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
          />
          <Button
            disabled={!why || !days}
            onClick={() => act.mutate(() => api.requestTicketExtension(t.id, { days: days!, reason: why }))}
            data-testid="request-extension"
          >
            {text.requestExtension}
          </Button>
        </Space>
      )}
      {department && t.status === 'signed' && (
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
