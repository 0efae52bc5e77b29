import type { UseQueryResult } from '@tanstack/react-query';
import type { TimelineEvent } from '@yici/contracts';
import { Empty, Spin, Timeline } from 'antd';
import { messages } from '../../messages';
import { formatDateTime } from '../format-time';
import { ProblemAlert } from '../problem-alert';

const text = messages.cases.detail;

/** What happened to the case, oldest first, and who did it (masked for applicants by the server). */
export function CaseTimeline({ timeline }: { timeline: UseQueryResult<TimelineEvent[]> }) {
  if (timeline.isPending) return <Spin />;
  if (timeline.isError) return <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  if (timeline.data.length === 0)
    return <Empty description={text.timelineEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="case-timeline"
      items={timeline.data.map((event, index) => ({
        key: `${event.at}-${index}`,
        content: (
          <div data-kind={event.kind}>
            <strong>{event.label}</strong>
            {event.taskName && <span className="muted"> · {event.taskName}</span>}
            <div className="muted">
              {formatDateTime(event.at)} · {event.actor}
            </div>
          </div>
        ),
      }))}
    />
  );
}
