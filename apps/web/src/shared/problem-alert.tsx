import { Alert, Button } from 'antd';
import { ApiError } from '../api/client';
import { messages } from '../messages';

type ProblemAlertProps = { error: unknown; onRetry?: () => void };

/** Shows an API problem the way the server phrased it: its title, then each field message. */
export function ProblemAlert({ error, onRetry }: ProblemAlertProps) {
  const problem = error instanceof ApiError ? error.problem : null;
  const title = problem?.title ?? messages.errors.unexpected;
  const details = [
    ...(problem?.detail ? [problem.detail] : []),
    ...(problem?.fields ?? []).map((field) => field.message),
  ];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="problem-alert"
      title={title}
      description={
        details.length > 0 || problem?.correlationId ? (
          <>
            {details.length > 0 && (
              <ul className="problem-fields">
                {details.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
            {problem?.correlationId && <small>{messages.errors.correlation(problem.correlationId)}</small>}
          </>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {messages.errors.retry}
          </Button>
        ) : undefined
      }
    />
  );
}
