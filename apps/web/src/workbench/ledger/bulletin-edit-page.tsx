import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LABELS, type Bulletin } from '@yici/contracts';
import { api } from '../../api/client';
import { bulletinPdfUrl } from '../../api/ledger.endpoints';
import { messages } from '../../messages';
import { BulletinView } from '../../shared/bulletins/bulletin-view';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import '../workbench.css';

const text = messages.ledger.bulletins;

/** A draft edited and published; a published one read, archived, or corrected by a new bulletin. */
export function BulletinEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const bulletin = useQuery({
    queryKey: ['workbench', 'bulletins', id],
    queryFn: ({ signal }) => api.getBulletin(id, signal),
  });
  const [titleText, setTitleText] = useState('');
  const [introduction, setIntroduction] = useState('');
  const b = bulletin.data;
  useEffect(() => {
    if (b) {
      setTitleText(b.title);
      setIntroduction(b.introduction);
    }
  }, [b]);
  const act = useMutation({
    mutationFn: (run: () => Promise<Bulletin>) => run(),
    onSuccess: (next) => {
      queryClient.setQueryData(['workbench', 'bulletins', id], next);
      void queryClient.invalidateQueries({ queryKey: ['workbench', 'bulletins'] });
      if (next.id !== id) void navigate(`/workbench/bulletins/${encodeURIComponent(next.id)}`);
    },
  });
  return (
    <div className="page" data-testid="bulletin-edit-page">
      <PageTitle>{b?.title ?? messages.workbench.tools.bulletins.title}</PageTitle>
      {bulletin.isError && <ProblemAlert error={bulletin.error} />}
      {act.isError && <ProblemAlert error={act.error} />}
      {b && (
        <>
          <h1>{b.title}</h1>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag data-testid="bulletin-status">{LABELS.bulletinStatus[b.status]}</Tag>
            {b.number && <span data-testid="bulletin-number">{b.number}</span>}
            <Link to="/workbench/bulletins">{messages.workbench.tools.bulletins.title}</Link>
          </Space>
          {b.status === 'draft' ? (
            <Form layout="vertical" style={{ maxWidth: 720 }}>
              <Form.Item label={text.title}>
                <Input value={titleText} onChange={(e) => setTitleText(e.target.value)} maxLength={200} />
              </Form.Item>
              <Form.Item label={text.introduction}>
                <Input.TextArea
                  rows={4}
                  value={introduction}
                  onChange={(e) => setIntroduction(e.target.value)}
                  maxLength={4000}
                  data-testid="bulletin-introduction"
                />
              </Form.Item>
              <Space wrap>
                <Button
                  onClick={() =>
                    act.mutate(() => api.editBulletin(b.id, { version: b.version, title: titleText, introduction }))
                  }
                  data-testid="bulletin-save"
                >
                  {text.save}
                </Button>
                <Button
                  onClick={() => act.mutate(() => api.editBulletin(b.id, { version: b.version, recompose: true }))}
                >
                  {text.recompose}
                </Button>
                <Button
                  type="primary"
                  loading={act.isPending}
                  onClick={() => act.mutate(() => api.publishBulletin(b.id, { version: b.version }))}
                  data-testid="bulletin-publish"
                >
                  {text.publish}
                </Button>
              </Space>
            </Form>
          ) : (
            <Space wrap>
              <Button href={bulletinPdfUrl(b.id)}>{text.pdf}</Button>
              <Link to={`/bulletins/${encodeURIComponent(b.id)}`}>{messages.ledger.public.title}</Link>
              {b.status === 'published' && (
                <Button onClick={() => act.mutate(() => api.archiveBulletin(b.id))}>{text.archive}</Button>
              )}
              <Button
                onClick={() =>
                  act.mutate(() =>
                    api.draftBulletin({ periodFrom: b.periodFrom, periodTo: b.periodTo, correctsId: b.id }),
                  )
                }
              >
                {text.correct}
              </Button>
            </Space>
          )}
          <div style={{ marginTop: 16 }}>
            <BulletinView bulletin={b} />
          </div>
        </>
      )}
    </div>
  );
}
