import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Descriptions, Form, Input, List, Select, Tag, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LABELS } from '@yici/contracts';
import { api } from '../../api/client';
import { evidenceUrl } from '../../api/ledger.endpoints';
import { messages } from '../../messages';
import { CursorPager } from '../../shared/cursor-pager';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { sessionQueries } from '../../shared/session/session.queries';
import { CardTag } from './card-tag';
import '../workbench.css';

const text = messages.ledger;
const PAGE_SIZE = 20;

/** One task: its sentence of the reform document, milestones and clocks, reports, and the report form for its departments. */
export function LedgerTaskPage() {
  const { id = '' } = useParams();
  const me = useQuery(sessionQueries.me());
  const task = useQuery({
    queryKey: ['workbench', 'ledger', 'task', id],
    queryFn: ({ signal }) => api.getLedgerTask(id, signal),
  });
  // This task's reports only, newest first, a page at a time. A cursor belongs to its task's list:
  // on another task the list starts again from its first page.
  const [paging, setPaging] = useState<{ taskId: string; cursor?: string }>({ taskId: id });
  const cursor = paging.taskId === id ? paging.cursor : undefined;
  const setCursor = (next: string | undefined) => setPaging({ taskId: id, cursor: next });
  const reports = useQuery({
    queryKey: ['workbench', 'ledger', 'reports', 'task', id, cursor],
    queryFn: ({ signal }) => api.listLedgerReports({ taskId: id, cursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  const t = task.data;
  const departmentId = me.data?.kind === 'staff' ? me.data.departmentId : null;
  const responsible = !!t && !!departmentId && t.responsibleDepartmentIds.includes(departmentId);
  return (
    <div className="page" data-testid="ledger-task-page">
      <PageTitle>{t?.title ?? messages.workbench.tools.ledger.title}</PageTitle>
      {task.isError && <ProblemAlert error={task.error} />}
      {t && (
        <>
          <h1>
            {t.code} {t.title}
          </h1>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={text.tasks.kind}>{LABELS.ledgerTaskKind[t.kind]}</Descriptions.Item>
            {t.sourceSentence && <Descriptions.Item label={text.tasks.source}>{t.sourceSentence}</Descriptions.Item>}
            {t.leaderRole && <Descriptions.Item label={text.tasks.leader}>{t.leaderRole}</Descriptions.Item>}
            <Descriptions.Item label={text.tasks.lead}>
              {t.leadDepartmentName ?? t.leadDepartmentId ?? '—'}
            </Descriptions.Item>
            {t.workingGroup && <Descriptions.Item label={text.tasks.workingGroup}>{t.workingGroup}</Descriptions.Item>}
            <Descriptions.Item label={text.tasks.status}>{LABELS.ledgerTaskStatus[t.status]}</Descriptions.Item>
          </Descriptions>
          <h2>{text.tasks.milestones}</h2>
          <List
            dataSource={t.milestones}
            renderItem={(m) => (
              <List.Item data-testid="milestone-item">
                <List.Item.Meta
                  title={m.title}
                  description={
                    <>
                      {text.tasks.due} {m.dueOn} <CardTag card={m.clock?.card} />{' '}
                      <Tag>{LABELS.milestoneStatus[m.status]}</Tag>
                    </>
                  }
                />
              </List.Item>
            )}
          />
          <h2>{text.report.history}</h2>
          <List
            dataSource={(reports.data?.items ?? []).filter((r) => r.taskId === t.id)}
            locale={{ emptyText: text.review.empty }}
            renderItem={(r) => (
              <List.Item data-testid="report-item">
                <List.Item.Meta
                  title={
                    <>
                      {r.departmentName} <Tag>{LABELS.progressReportStatus[r.status]}</Tag>
                    </>
                  }
                  description={
                    <>
                      <span style={{ whiteSpace: 'pre-wrap' }}>{r.summary}</span>
                      {r.reviewReason && <div>{r.reviewReason}</div>}
                      <div>
                        {r.evidence.map((e, i) => (
                          <a
                            key={e.sha256}
                            href={evidenceUrl(e.sha256)}
                            target="_blank"
                            rel="noreferrer"
                            style={{ marginRight: 8 }}
                          >
                            {text.review.file(i + 1)}
                          </a>
                        ))}
                      </div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
          <CursorPager page={reports.data} unit={text.review.unit} current={cursor} onPage={setCursor} />
          <h2>{text.report.heading}</h2>
          {responsible ? (
            <ReportForm taskId={t.id} milestones={t.milestones.filter((m) => m.status !== 'done')} />
          ) : (
            <p>{text.report.onlyResponsible}</p>
          )}
        </>
      )}
    </div>
  );
}

function ReportForm({
  taskId,
  milestones,
}: {
  taskId: string;
  milestones: { id: string; title: string; dueOn: string }[];
}) {
  const queryClient = useQueryClient();
  const [milestoneId, setMilestoneId] = useState(milestones[0]?.id ?? '');
  const [summary, setSummary] = useState('');
  const [completes, setCompletes] = useState(false);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [evidence, setEvidence] = useState<string[]>([]);
  const upload = useMutation({
    mutationFn: (file: File) => api.uploadLedgerEvidence(file),
    onSuccess: (e) => setEvidence((list) => [...list, e.sha256]),
  });
  const submit = useMutation({
    mutationFn: () =>
      api.reportLedgerProgress(taskId, { milestoneId, summary, completesMilestone: completes, evidence }),
    onSuccess: () => {
      setSummary('');
      setFiles([]);
      setEvidence([]);
      void queryClient.invalidateQueries({ queryKey: ['workbench', 'ledger'] });
    },
  });
  return (
    <Form layout="vertical" onFinish={() => submit.mutate()} data-testid="report-form">
      {(upload.isError || submit.isError) && <ProblemAlert error={upload.error ?? submit.error} />}
      {submit.isSuccess && <p data-testid="report-sent">{text.report.sent}</p>}
      <Form.Item label={text.report.milestone} required>
        <Select
          aria-label={text.report.milestone}
          value={milestoneId}
          onChange={setMilestoneId}
          options={milestones.map((m) => ({ value: m.id, label: `${m.dueOn} ${m.title}` }))}
        />
      </Form.Item>
      <Form.Item label={text.report.summary} required>
        <Input.TextArea
          rows={3}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          maxLength={4000}
          data-testid="report-summary"
        />
      </Form.Item>
      <Form.Item label={text.report.evidence} required>
        <Upload
          accept="application/pdf,image/jpeg,image/png"
          fileList={files}
          beforeUpload={(file) => {
            setFiles((list) => [...list, { uid: file.uid, name: file.name, status: 'done' }]);
            upload.mutate(file);
            return false;
          }}
          onRemove={() => false}
        >
          <Button data-testid="report-evidence">{text.report.evidence}</Button>
        </Upload>
      </Form.Item>
      <Form.Item>
        <Checkbox checked={completes} onChange={(e) => setCompletes(e.target.checked)} data-testid="report-completes">
          {text.report.completes}
        </Checkbox>
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={submit.isPending || upload.isPending}
        disabled={!milestoneId || summary.trim().length < 2 || evidence.length === 0}
        data-testid="report-submit"
      >
        {text.report.submit}
      </Button>
    </Form>
  );
}
