import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { LABELS, type Inspection, type LedgerRecord } from '@yici/contracts';
import { api } from '../../api/client';
import type { InspectionBody, RecordBody } from '../../api/ledger.endpoints';
import { messages } from '../../messages';
import { CursorTable } from '../../shared/cursor-table';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import '../workbench.css';

const title = messages.workbench.tools.ledgerOversight.title;
const text = messages.ledger.oversight;
const PAGE_SIZE = 10;

/** 明察暗访 with rectification deadlines, and commendation or accountability with reasons. */
export function LedgerOversightPage() {
  // Each list keeps its own cursor; a new entry sends its list back to the first page, where it shows.
  const [inspectionCursor, setInspectionCursor] = useState<string | undefined>(undefined);
  const [recordCursor, setRecordCursor] = useState<string | undefined>(undefined);
  const inspections = useQuery({
    queryKey: ['workbench', 'ledger', 'inspections', inspectionCursor],
    queryFn: ({ signal }) => api.listInspections({ cursor: inspectionCursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  const records = useQuery({
    queryKey: ['workbench', 'ledger', 'records', recordCursor],
    queryFn: ({ signal }) => api.listLedgerRecords({ cursor: recordCursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="page" data-testid="ledger-oversight-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <InspectionForm onSaved={() => setInspectionCursor(undefined)} />
      <RecordForm onSaved={() => setRecordCursor(undefined)} />
      <h2>{text.inspections}</h2>
      {inspections.isError && <ProblemAlert error={inspections.error} />}
      <CursorTable<Inspection>
        page={inspections.data}
        cursor={inspectionCursor}
        isLoading={inspections.isPending}
        onPageChange={setInspectionCursor}
        unit={text.unit}
        emptyText={text.empty}
        size="small"
        width={720}
        testId="ledger-inspections"
        columns={[
          { title: text.visitedOn, dataIndex: 'visitedOn' },
          { title: text.method, render: (_, r) => LABELS.inspectionMethod[r.method] },
          { title: text.region, dataIndex: 'regionName' },
          { title: text.findings, dataIndex: 'findings' },
        ]}
      />
      <h2>{text.records}</h2>
      {records.isError && <ProblemAlert error={records.error} />}
      <CursorTable<LedgerRecord>
        page={records.data}
        cursor={recordCursor}
        isLoading={records.isPending}
        onPageChange={setRecordCursor}
        unit={text.unit}
        emptyText={text.empty}
        size="small"
        width={720}
        testId="ledger-records"
        columns={[
          { title: text.date, dataIndex: 'recordedOn' },
          { title: text.kind, render: (_, r) => LABELS.ledgerRecordKind[r.kind] },
          { title: text.subject, dataIndex: 'subjectName' },
          { title: text.reason, dataIndex: 'reason' },
        ]}
      />
    </div>
  );
}

function InspectionForm({ onSaved }: { onSaved: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [rectify, setRectify] = useState(false);
  const save = useMutation({
    mutationFn: (body: InspectionBody) => api.recordInspection(body),
    onSuccess: () => {
      form.resetFields();
      onSaved();
      void queryClient.invalidateQueries({ queryKey: ['workbench', 'ledger'] });
    },
  });
  return (
    <Card title={text.inspection} style={{ marginBottom: 16 }}>
      {save.isError && <ProblemAlert error={save.error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ method: 'unannounced' }}
        onFinish={(v: Record<string, string>) =>
          save.mutate({
            method: v.method as InspectionBody['method'],
            regionCode: v.regionCode!,
            departmentId: v.departmentId || undefined,
            visitedOn: v.visitedOn!,
            findings: v.findings!,
            rectification: rectify
              ? { title: v.rectifyTitle!, departmentId: v.rectifyDepartment!, dueOn: v.rectifyDue! }
              : undefined,
          })
        }
      >
        <Form.Item name="method" label={text.method}>
          <Select
            options={(['announced', 'unannounced'] as const).map((m) => ({
              value: m,
              label: LABELS.inspectionMethod[m],
            }))}
          />
        </Form.Item>
        <Form.Item name="regionCode" label={text.region} rules={[{ required: true }]}>
          <Input maxLength={12} />
        </Form.Item>
        <Form.Item name="departmentId" label={text.department}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="visitedOn" label={text.visitedOn} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="findings" label={text.findings} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Checkbox checked={rectify} onChange={(e) => setRectify(e.target.checked)} style={{ marginBottom: 12 }}>
          {text.rectify}
        </Checkbox>
        {rectify && (
          <>
            <Form.Item name="rectifyTitle" label={text.rectifyTitle} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="rectifyDepartment" label={text.rectifyDepartment} rules={[{ required: true }]}>
              <Input maxLength={64} />
            </Form.Item>
            <Form.Item name="rectifyDue" label={text.rectifyDue} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {text.save}
        </Button>
      </Form>
    </Card>
  );
}

function RecordForm({ onSaved }: { onSaved: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (body: RecordBody) => api.addLedgerRecord(body),
    onSuccess: () => {
      form.resetFields();
      onSaved();
      void queryClient.invalidateQueries({ queryKey: ['workbench', 'ledger'] });
    },
  });
  return (
    <Card title={text.record} style={{ marginBottom: 16 }}>
      {save.isError && <ProblemAlert error={save.error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'commendation' }}
        onFinish={(v: Record<string, string>) =>
          save.mutate({
            kind: v.kind as RecordBody['kind'],
            departmentId: v.departmentId || undefined,
            regionCode: v.regionCode || undefined,
            reason: v.reason!,
          })
        }
      >
        <Form.Item name="kind" label={text.kind}>
          <Select
            options={(['commendation', 'accountability'] as const).map((k) => ({
              value: k,
              label: LABELS.ledgerRecordKind[k],
            }))}
          />
        </Form.Item>
        <Form.Item name="departmentId" label={text.department}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="regionCode" label={text.region}>
          <Input maxLength={12} />
        </Form.Item>
        <Form.Item name="reason" label={text.reason} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {text.save}
        </Button>
      </Form>
    </Card>
  );
}
