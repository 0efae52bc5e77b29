import type { ItemSummary } from '@yici/contracts';
import { Tag } from 'antd';
import { Link } from 'react-router';
import { formatLimit, formatOnlineDepth, formatVisits, messages } from '../../../messages';

const FULLY_ONLINE_DEPTH = 4;

export function ItemListEntry({ item }: { item: ItemSummary }) {
  return (
    <article
      className="item-entry"
      data-testid="catalog-item"
      data-code={item.code}
      data-basic-code={item.basicCode}
      data-region={item.regionCode ?? ''}
    >
      <h3 className="item-entry-name">
        <Link to={`/catalog/items/${encodeURIComponent(item.code)}`}>{item.name}</Link>
      </h3>
      <p className="item-entry-department">
        {item.departmentName}
        <span className="item-entry-type">{item.itemTypeName}</span>
      </p>
      <dl className="item-entry-facts">
        <div>
          <dt>{messages.catalog.promised}</dt>
          <dd data-testid="catalog-item-limit">{formatLimit(item.promisedLimitDays)}</dd>
        </div>
        <div>
          <dt>{messages.catalog.visits}</dt>
          <dd>{formatVisits(item.visits)}</dd>
        </div>
        <div>
          <dt>{messages.catalog.onlineDepth}</dt>
          <dd>{formatOnlineDepth(item.onlineDepth)}</dd>
        </div>
        {item.implementedAt.length > 0 && (
          <div data-testid="catalog-item-levels">
            <dt>{messages.catalog.implementedAt}</dt>
            <dd>
              {item.implementedAt
                .map((at) => `${at.regionName}（${messages.labels.exerciseLevel[at.level]}）`)
                .join('、')}
            </dd>
          </div>
        )}
      </dl>
      <div className="item-entry-tags tag-row">
        {item.oneVisit && <Tag color="red">{messages.labels.oneVisit}</Tag>}
        {item.onlineDepth >= FULLY_ONLINE_DEPTH && <Tag color="blue">{messages.labels.online}</Tag>}
        {item.audiences.map((audience) => (
          <Tag key={audience}>{messages.labels.audience[audience]}</Tag>
        ))}
        {item.themes.map((theme) => (
          <Tag key={theme} color="geekblue" variant="outlined">
            {theme}
          </Tag>
        ))}
      </div>
    </article>
  );
}
