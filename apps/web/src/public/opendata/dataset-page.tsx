import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@yici/contracts';
import { DATASET_FORMATS } from '@yici/contracts';
import { Button, Card, Descriptions, Form, Input, Result, Select, Skeleton, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams, useSearchParams } from 'react-router';
import { hasProblemCode } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import { openDataQueries } from './opendata.queries';
import './opendata.css';

const text = messages.openData;
const PAGE_SIZE = 20;
type Row = Record<string, string | number | boolean | null>;
type Field = Dataset['fields'][number];

function cell(value: Row[string]) {
  if (value === null || value === undefined || value === '') return text.none;
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  return String(value);
}

const FIELD_COLUMNS: ColumnsType<Field> = [
  { title: text.fieldLabel, dataIndex: 'label', key: 'label' },
  { title: text.fieldKey, key: 'key', render: (_, field) => <code>{field.key}</code> },
  { title: text.fieldType, key: 'type', render: (_, field) => text.types[field.type] },
];

function Preview({ dataset }: { dataset: Dataset }) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const field = params.get('field') ?? undefined;
  const value = params.get('value') ?? undefined;
  const [draftField, setDraftField] = useState(field);
  const [draftValue, setDraftValue] = useState(value ?? '');
  const rows = useQuery(
    openDataQueries.rows(dataset.id, {
      page,
      pageSize: PAGE_SIZE,
      ...(field && value ? { field, value } : {}),
    }),
  );
  const show = (next: { page: number; field?: string; value?: string }) => {
    const search = new URLSearchParams();
    if (next.page > 1) search.set('page', String(next.page));
    if (next.field && next.value) {
      search.set('field', next.field);
      search.set('value', next.value);
    }
    setParams(search);
  };
  const columns: ColumnsType<Row> = dataset.fields.map((f) => ({
    title: f.label,
    key: f.key,
    render: (_: unknown, row: Row) => cell(row[f.key] ?? null),
  }));
  return (
    <Card size="small" title={<h2 className="open-data-card-title">{text.preview}</h2>}>
      <Form layout="inline" component="div" className="open-data-row-filter">
        <Form.Item label={text.filterField} htmlFor="dataset-filter-field">
          <Select<string>
            id="dataset-filter-field"
            data-testid="dataset-filter-field"
            className="open-data-select"
            allowClear
            options={dataset.fields.map((f) => ({ value: f.key, label: f.label }))}
            value={draftField}
            onChange={setDraftField}
          />
        </Form.Item>
        <Form.Item label={text.filterValue} htmlFor="dataset-filter-value">
          <Input
            id="dataset-filter-value"
            data-testid="dataset-filter-value"
            placeholder={text.filterValuePlaceholder}
            value={draftValue}
            onChange={(event) => setDraftValue(event.target.value)}
            onPressEnter={() => show({ page: 1, field: draftField, value: draftValue.trim() })}
          />
        </Form.Item>
        <Space wrap>
          <Button
            type="primary"
            data-testid="dataset-filter-apply"
            onClick={() => show({ page: 1, field: draftField, value: draftValue.trim() })}
          >
            {text.filter}
          </Button>
          <Button
            data-testid="dataset-filter-clear"
            onClick={() => {
              setDraftField(undefined);
              setDraftValue('');
              show({ page: 1 });
            }}
          >
            {text.clear}
          </Button>
        </Space>
      </Form>
      {rows.isError ? (
        <ProblemAlert error={rows.error} onRetry={() => void rows.refetch()} />
      ) : (
        <div data-testid="dataset-preview">
          <ResponsiveTable<Row>
            rowKey={(row) => JSON.stringify(row)}
            size="small"
            loading={rows.isFetching}
            scroll={{ x: Math.max(600, dataset.fields.length * 140) }}
            columns={columns}
            dataSource={rows.data?.items ?? []}
            locale={{ emptyText: text.noRows }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: rows.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: text.rowsTotal,
              onChange: (next) => show({ page: next, field, value }),
            }}
          />
        </div>
      )}
    </Card>
  );
}

function ApiUsage({ dataset }: { dataset: Dataset }) {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const base = `${origin}/api/open-data/datasets/${dataset.id}`;
  const [first, second] = dataset.fields;
  const sample = `${base}/rows?field=${first!.key}&value=…&fields=${[first, second]
    .filter(Boolean)
    .map((f) => f!.key)
    .join(',')}`;
  return (
    <Card size="small" title={<h2 className="open-data-card-title">{text.api}</h2>} data-testid="dataset-api">
      <p>{text.apiIntro}</p>
      <p className="open-data-code-label">{text.apiRows}</p>
      <pre className="open-data-code">
        <code>{`GET ${base}/rows?page=1&pageSize=50`}</code>
      </pre>
      <p className="open-data-code-label">{text.apiFiltered}</p>
      <pre className="open-data-code">
        <code>{`GET ${sample}`}</code>
      </pre>
      <a href="/docs">{text.apiDocs}</a>
    </Card>
  );
}

/** One dataset: its catalog entry and fields, a paged and filtered preview, downloads and the API. */
export function DatasetPage() {
  const { dataset: id = '' } = useParams();
  const dataset = useQuery(openDataQueries.dataset(id));
  if (dataset.isPending) return <Skeleton active />;
  if (dataset.isError) {
    if (hasProblemCode(dataset.error, 'DATASET_NOT_FOUND'))
      return (
        <Result
          status="404"
          title={text.notFound}
          extra={<Link to="/open-data">{text.back}</Link>}
          data-testid="dataset-not-found"
        />
      );
    return <ProblemAlert error={dataset.error} onRetry={() => void dataset.refetch()} />;
  }
  const entry = dataset.data;
  return (
    <div className="page open-data-dataset" data-testid="dataset-page">
      <PageTitle>{entry.title}</PageTitle>
      <p>
        <Link to="/open-data">{text.back}</Link>
      </p>
      <h1>{entry.title}</h1>
      <p className="page-intro">{entry.description}</p>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered data-testid="dataset-entry">
        <Descriptions.Item label={text.theme}>{entry.theme}</Descriptions.Item>
        <Descriptions.Item label={text.publisher}>{entry.publisher}</Descriptions.Item>
        <Descriptions.Item label={text.frequency}>{entry.frequency}</Descriptions.Item>
        <Descriptions.Item label={text.downloads}>
          <span data-testid="dataset-downloads">{entry.downloads}</span>
        </Descriptions.Item>
        <Descriptions.Item label={text.licence}>{entry.licence}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title={<h2 className="open-data-card-title">{text.download}</h2>}>
        <Space wrap>
          {DATASET_FORMATS.map((format) => (
            <Button
              key={format}
              href={`/api/open-data/datasets/${encodeURIComponent(entry.id)}/download?format=${format}`}
              download={`${entry.id}.${format}`}
              data-testid={`dataset-download-${format}`}
            >
              {text.downloadAs(format.toUpperCase())}
            </Button>
          ))}
        </Space>
        <p className="open-data-note">{text.downloadNote}</p>
      </Card>
      <Card size="small" title={<h2 className="open-data-card-title">{text.fields}</h2>}>
        <div data-testid="dataset-fields">
          <ResponsiveTable<Field>
            rowKey="key"
            size="small"
            pagination={false}
            columns={FIELD_COLUMNS}
            dataSource={entry.fields}
          />
        </div>
      </Card>
      <Preview key={entry.id} dataset={entry} />
      <ApiUsage dataset={entry} />
    </div>
  );
}
