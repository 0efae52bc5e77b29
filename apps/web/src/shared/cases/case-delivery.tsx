import type { Case } from '@yici/contracts';
import { Descriptions } from 'antd';
import { messages } from '../../messages';
import { formatDateTime } from '../format-time';

const text = messages.cases.detail;

/** How the result reaches the applicant, and how many times they came in person. */
export function CaseDelivery({ theCase }: { theCase: Case }) {
  const { delivery } = theCase;
  const items = [
    { key: 'method', label: text.deliveryMethod, children: messages.cases.deliveryMethodShort[delivery.method] },
    {
      key: 'status',
      label: text.deliveryStatus,
      children: (
        <span data-testid="delivery-status" data-status={delivery.status}>
          {messages.cases.deliveryStatuses[delivery.status] ?? delivery.status}
        </span>
      ),
    },
    ...(delivery.address ? [{ key: 'address', label: text.address, children: delivery.address }] : []),
    ...(delivery.trackingNumber
      ? [{ key: 'tracking', label: text.trackingNumber, children: delivery.trackingNumber }]
      : []),
    ...(delivery.deliveredAt
      ? [{ key: 'delivered', label: text.deliveredAt, children: formatDateTime(delivery.deliveredAt) }]
      : []),
    { key: 'visits', label: text.visits, children: text.visitCount(theCase.visits) },
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="case-delivery" />;
}
