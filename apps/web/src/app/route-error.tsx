import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { messages } from '../messages';
import { NotFoundPage } from './not-found-page';

/** Catches what a page throws while rendering (or a failed chunk load) without losing the layout. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <section className="page" data-testid="route-error">
      <Result
        status="error"
        title={<h1 className="result-title">{messages.errors.unexpected}</h1>}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {messages.errors.retry}
          </Button>
        }
      />
    </section>
  );
}
