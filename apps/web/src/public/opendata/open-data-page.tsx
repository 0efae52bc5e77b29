import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@yici/contracts';
import { Card, Empty, Form, Select, Skeleton, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { openDataQueries } from './opendata.queries';
import './opendata.css';

const text = messages.openData;

function DatasetCard({ dataset }: { dataset: Dataset }) {
  return (
    <Link
      to={`/open-data/${encodeURIComponent(dataset.id)}`}
      className="tile-link"
      data-testid={`dataset-card-${dataset.id}`}
    >
      <Card size="small" styles={{ body: { padding: 18 } }}>
        <h3 className="tile-title">{dataset.title}</h3>
        <p className="tile-description">{dataset.description}</p>
        <div className="tag-row">
          <Tag color="blue">{dataset.publisher}</Tag>
          <Tag color="green">{dataset.frequency}</Tag>
          <Tag>{text.fieldCount(dataset.fields.length)}</Tag>
          <Tag>{text.downloadCount(dataset.downloads)}</Tag>
        </div>
      </Card>
    </Link>
  );
}

/** 公共数据开放: the catalog of datasets by theme, filtered by theme and publisher. */
export function OpenDataPage() {
  const [params, setParams] = useSearchParams();
  const theme = params.get('theme') ?? undefined;
  const publisher = params.get('publisher') ?? undefined;
  const everything = useQuery(openDataQueries.datasets({}));
  const shown = useQuery(openDataQueries.datasets({ theme, publisher }));
  const options = (pick: (d: Dataset) => string) =>
    [...new Set((everything.data ?? []).map(pick))].map((value) => ({ value, label: value }));
  const show = (next: { theme?: string; publisher?: string }) => {
    const search = new URLSearchParams();
    if (next.theme) search.set('theme', next.theme);
    if (next.publisher) search.set('publisher', next.publisher);
    setParams(search);
  };
  const themes = [...new Set((shown.data ?? []).map((d) => d.theme))];

  return (
    <div className="page" data-testid="open-data-page">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro">{text.intro}</p>
      <Card size="small" className="open-data-filters">
        <Form layout="inline" component="div">
          <Form.Item label={text.theme} htmlFor="open-data-theme">
            <Select<string>
              id="open-data-theme"
              data-testid="open-data-theme"
              className="open-data-select"
              allowClear
              placeholder={text.allThemes}
              options={options((d) => d.theme)}
              value={theme}
              onChange={(value) => show({ theme: value, publisher })}
            />
          </Form.Item>
          <Form.Item label={text.publisher} htmlFor="open-data-publisher">
            <Select<string>
              id="open-data-publisher"
              data-testid="open-data-publisher"
              className="open-data-select"
              allowClear
              placeholder={text.allPublishers}
              options={options((d) => d.publisher)}
              value={publisher}
              onChange={(value) => show({ theme, publisher: value })}
            />
          </Form.Item>
        </Form>
      </Card>
      {shown.isPending && <Skeleton active />}
      {shown.isError && <ProblemAlert error={shown.error} onRetry={() => void shown.refetch()} />}
      {shown.isSuccess && shown.data.length === 0 && <Empty description={text.empty} />}
      {themes.map((name) => (
        <section key={name} className="open-data-theme" data-testid="open-data-theme-section">
          <h2>{name}</h2>
          <ul className="plain-list tile-grid">
            {shown
              .data!.filter((d) => d.theme === name)
              .map((dataset) => (
                <li key={dataset.id}>
                  <DatasetCard dataset={dataset} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
