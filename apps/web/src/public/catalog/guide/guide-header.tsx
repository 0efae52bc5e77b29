import { DEPARTMENT_NAMES, type ItemDetail } from '@yici/contracts';
import { Button, Tag } from 'antd';
import { Link } from 'react-router';
import { formatLimit, formatOnlineDepth, formatVisits, messages } from '../../../messages';
import { applyPathOf } from '../../../shared/cases/application-target';

const FULLY_ONLINE_DEPTH = 4;

export function GuideHeader({ detail }: { detail: ItemDetail }) {
  const item = detail.item;
  const body =
    detail.kind === 'implementation' ? detail.item.implementingBody.name : DEPARTMENT_NAMES[item.departmentKind];
  const facts = [
    { label: messages.guide.fields.promisedLimit, value: formatLimit(item.promisedLimitDays) },
    { label: messages.guide.sections.visits, value: formatVisits(item.visits) },
    { label: messages.guide.sections.online, value: formatOnlineDepth(item.onlineDepth) },
    {
      label: messages.guide.sections.fees,
      value: item.fees.length === 0 ? messages.guide.fees.free : messages.guide.fees.charged,
    },
  ];
  return (
    <header className="guide-header">
      <p className="guide-kicker">{messages.guide.pageTitle}</p>
      <h1 data-testid="guide-title">{item.name}</h1>
      <p className="guide-body">
        {body}
        {detail.kind === 'implementation' && <span className="guide-region">{detail.item.regionName}</span>}
      </p>
      <div className="guide-tags tag-row">
        <Tag>{item.itemTypeName}</Tag>
        {item.oneVisit && <Tag color="red">{messages.labels.oneVisit}</Tag>}
        {item.onlineDepth >= FULLY_ONLINE_DEPTH && <Tag color="blue">{messages.labels.online}</Tag>}
        {item.themes.map((theme) => (
          <Tag key={theme} color="geekblue" variant="outlined">
            {theme}
          </Tag>
        ))}
      </div>
      {detail.kind === 'implementation' && (
        <Link to={applyPathOf({ item: detail.item.implementationCode })} data-testid="apply-online">
          <Button type="primary">{messages.cases.applyOnline}</Button>
        </Link>
      )}
      <dl className="guide-facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
