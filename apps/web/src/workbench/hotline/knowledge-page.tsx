import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import type { Article } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { formatDate, formatDateTime } from '../../shared/format-time';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { ResponsiveTable } from '../../shared/responsive-table';
import '../workbench.css';

const title = messages.workbench.tools.knowledge.title;
const text = messages.hotline.knowledge;

type ArticleForm = { title: string; body: string; owner: string; reviewOn: string };

/** Six months from today (China date), the default review date of a new answer. */
function inSixMonths(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const month = m - 1 + 6;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y + Math.floor(month / 12)}-${pad((month % 12) + 1)}-${pad(Math.min(d, 28))}`;
}

/**
 * Curated answers of the 12345 knowledge base: each with an owner and a review date, every change
 * a new version (the earlier ones stay: what callers were told can be looked up). Answers written
 * from the catalog's guides are generated and not edited here.
 */
export function KnowledgePage() {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Article | 'new' | null>(null);
  const articles = useQuery({
    queryKey: ['hotline', 'curated'],
    queryFn: ({ signal }) => api.listCuratedArticles(signal),
  });
  const today = formatDate(new Date().toISOString());
  return (
    <div className="page" data-testid="knowledge-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <Button type="primary" onClick={() => setEditing('new')} data-testid="new-article">
        {text.add}
      </Button>
      {editing && (
        <ArticleEditor
          article={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            void queryClient.invalidateQueries({ queryKey: ['hotline'] });
          }}
        />
      )}
      {articles.isError && <ProblemAlert error={articles.error} />}
      <ResponsiveTable<Article>
        style={{ marginTop: 16 }}
        rowKey="id"
        loading={articles.isLoading}
        dataSource={articles.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: text.empty }}
        columns={[
          { title: text.title, dataIndex: 'title' },
          { title: text.owner, dataIndex: 'owner' },
          {
            title: text.reviewOn,
            render: (_, a) =>
              a.reviewOn <= today ? <Tag color="orange">{text.reviewDue(a.reviewOn)}</Tag> : a.reviewOn,
          },
          { title: text.version, render: (_, a) => text.versionN(a.version) },
          {
            title: text.actions,
            render: (_, a) => (
              <Button size="small" onClick={() => setEditing(a)}>
                {text.revise}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

function ArticleEditor({ article, onDone }: { article: Article | null; onDone: () => void }) {
  const versions = useQuery({
    queryKey: ['hotline', 'versions', article?.id],
    queryFn: ({ signal }) => api.listArticleVersions(article!.id, signal),
    enabled: !!article,
  });
  const save = useMutation({
    mutationFn: (v: ArticleForm) => {
      const body = {
        title: v.title.trim(),
        body: v.body.trim(),
        owner: v.owner.trim(),
        reviewOn: v.reviewOn,
      };
      return article ? api.reviseArticle(article.id, body) : api.createArticle(body);
    },
    onSuccess: onDone,
  });
  return (
    <Card title={article ? text.reviseTitle(article.title) : text.add} style={{ marginTop: 16 }}>
      {save.isError && <ProblemAlert error={save.error} />}
      <Form<ArticleForm>
        layout="vertical"
        requiredMark={false}
        initialValues={
          article
            ? { title: article.title, body: article.body, owner: article.owner, reviewOn: article.reviewOn }
            : { reviewOn: inSixMonths(formatDate(new Date().toISOString())) }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="title" label={text.title} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="article-title" />
        </Form.Item>
        <Form.Item name="body" label={text.body} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={6} maxLength={8000} data-testid="article-body" />
        </Form.Item>
        <Form.Item name="owner" label={text.owner} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="article-owner" />
        </Form.Item>
        <Form.Item name="reviewOn" label={text.reviewOn} rules={[{ required: true }]}>
          <Input type="date" data-testid="article-review-on" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-article">
          {text.save}
        </Button>
      </Form>
      {article && (versions.data?.length ?? 0) > 0 && (
        <>
          <h2 style={{ marginTop: 16 }}>{text.versions}</h2>
          <ResponsiveTable
            rowKey="version"
            pagination={false}
            dataSource={versions.data ?? []}
            columns={[
              { title: text.version, render: (_, v) => text.versionN(v.version) },
              { title: text.title, dataIndex: 'title' },
              { title: text.owner, dataIndex: 'owner' },
              { title: text.publishedAt, render: (_, v) => formatDateTime(v.createdAt) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
