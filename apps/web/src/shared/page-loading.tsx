import { Spin } from 'antd';
import { messages } from '../messages';

export function PageLoading() {
  return (
    <div className="page-loading" role="status" aria-live="polite" data-testid="page-loading">
      <Spin />
      <span>{messages.app.loading}</span>
    </div>
  );
}
