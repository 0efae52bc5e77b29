import { Card, Tag } from 'antd';
import { Link } from 'react-router';
import type { BundleSummary } from '../../../api/client';
import { messages } from '../../../messages';

export function BundleCard({ bundle }: { bundle: BundleSummary }) {
  return (
    <Link
      to={`/bundles/${encodeURIComponent(bundle.id)}`}
      className="tile-link"
      data-testid={`bundle-card-${bundle.id}`}
    >
      <Card size="small" styles={{ body: { padding: 18 } }}>
        <h3 className="tile-title">{bundle.name}</h3>
        <p className="tile-description">{bundle.description}</p>
        <div className="tag-row">
          <Tag color="blue">{messages.labels.audience[bundle.audience]}</Tag>
          <Tag color="green">{messages.bundles.targetDays(bundle.targetDays)}</Tag>
          <Tag>{messages.bundles.stepCount(bundle.stepCount)}</Tag>
        </div>
      </Card>
    </Link>
  );
}
