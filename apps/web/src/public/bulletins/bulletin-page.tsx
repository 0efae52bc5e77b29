import { useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { bulletinPdfUrl } from '../../api/ledger.endpoints';
import { messages } from '../../messages';
import { BulletinView } from '../../shared/bulletins/bulletin-view';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';

const text = messages.ledger;

/** One published bulletin with its charts and the sealed PDF. */
export function BulletinPage() {
  const { id = '' } = useParams();
  const bulletin = useQuery({
    queryKey: ['public', 'bulletin', id],
    queryFn: ({ signal }) => api.getPublicBulletin(id, signal),
  });
  const b = bulletin.data;
  return (
    <div className="page" data-testid="public-bulletin-page">
      <PageTitle>{b?.title ?? text.public.title}</PageTitle>
      {bulletin.isError && <ProblemAlert error={bulletin.error} />}
      {b && (
        <>
          <h1>{b.title}</h1>
          <p data-testid="bulletin-number">{b.number}</p>
          <Space wrap style={{ marginBottom: 16 }}>
            <Button href={bulletinPdfUrl(b.id)} data-testid="bulletin-pdf">
              {text.bulletins.pdf}
            </Button>
            <Link to="/bulletins">{text.public.back}</Link>
          </Space>
          <BulletinView bulletin={b} />
        </>
      )}
    </div>
  );
}
