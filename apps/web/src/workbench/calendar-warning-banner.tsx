import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { api } from '../api/client';
import { messages } from '../messages';

const text = messages.workbench;

/**
 * From 1 November while next year (or any time while this year) is still computed from the law,
 * administrators see it on the workbench: due days into that year are only estimates until the
 * notice is entered.
 */
export function CalendarWarningBanner() {
  const status = useQuery({
    queryKey: ['calendar', 'status'],
    queryFn: ({ signal }) => api.calendarStatus(signal),
    staleTime: 60 * 60_000,
  });
  const warning = status.data?.warning;
  if (!warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="calendar-warning"
      title={text.calendarWarningTitle(warning.year)}
      description={warning.message}
      className="calendar-warning"
    />
  );
}
