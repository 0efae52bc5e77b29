import { Empty, Timeline } from 'antd';
import type { CertificateEvent } from '../../api/certificates.shapes';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';

const text = messages.certificates.detail;
const COLORS: Record<string, string> = { issued: 'green', revoked: 'red', replaced: 'gray', renewed: 'blue' };

/** Every issue, copy, use and change of the certificate, oldest first. */
export function CertificateEvents({ events }: { events: CertificateEvent[] }) {
  if (events.length === 0) return <Empty description={text.eventsEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="certificate-events"
      items={events.map((event, index) => ({
        key: `${event.at}-${index}`,
        color: COLORS[event.kind] ?? 'blue',
        content: (
          <div className="certificate-event" data-kind={event.kind}>
            <strong>{text.eventKinds[event.kind] ?? event.kind}</strong>
            <span className="muted">
              {' '}
              · {formatDateTime(event.at)} · {event.actorLabel}
            </span>
            {event.purpose && <div className="muted">{text.eventPurpose(event.purpose)}</div>}
          </div>
        ),
      }))}
    />
  );
}
