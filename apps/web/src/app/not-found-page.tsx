import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { messages } from '../messages';
import { PageTitle } from '../shared/page-title';

type NotFoundPageProps = { title?: string; hint?: string; backTo?: string; backLabel?: string };

export function NotFoundPage({
  title = messages.errors.pageNotFoundTitle,
  hint = messages.errors.pageNotFoundHint,
  backTo = '/',
  backLabel = messages.errors.backHome,
}: NotFoundPageProps) {
  const navigate = useNavigate();
  return (
    <section className="page" data-testid="not-found">
      <PageTitle>{title}</PageTitle>
      <Result
        status="404"
        title={<h1 className="result-title">{title}</h1>}
        subTitle={hint}
        extra={
          <Button type="primary" onClick={() => navigate(backTo)}>
            {backLabel}
          </Button>
        }
      />
    </section>
  );
}
