import type { ItemDetail } from '@yici/contracts';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { elementLabel, messages } from '../../../messages';

/** An implementation that departs from the provincial standard says where, before anything else. */
export function GuideNotice({ detail }: { detail: ItemDetail }) {
  if (detail.kind === 'standard') {
    const catalogLink = `/catalog?${new URLSearchParams({ q: detail.item.name })}`;
    return (
      <Alert
        type="info"
        showIcon
        title={messages.guide.standardNotice(detail.implementationCount)}
        action={<Link to={catalogLink}>{messages.guide.findLocal}</Link>}
      />
    );
  }
  const standardLink = (
    <Link to={`/catalog/items/${encodeURIComponent(detail.standard.basicCode)}`}>{messages.guide.viewStandard}</Link>
  );
  if (detail.item.deviations.length === 0) {
    return <Alert type="info" showIcon title={messages.guide.implementationNotice} action={standardLink} />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="guide-deviations"
      title={messages.guide.deviationsTitle}
      description={
        <>
          {messages.guide.deviationsHint}
          <ul className="guide-deviation-list">
            {detail.item.deviations.map((element) => (
              <li key={element}>{elementLabel(element)}</li>
            ))}
          </ul>
        </>
      }
      action={standardLink}
    />
  );
}
