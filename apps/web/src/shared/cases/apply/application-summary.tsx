import type { PreparedApplication } from '@yici/contracts';
import { Alert, Descriptions, Tag } from 'antd';
import { messages } from '../../../messages';

const text = messages.cases.apply;

/** What is being applied for, for whom, where, and how long it takes. */
export function ApplicationSummary({ prepared }: { prepared: PreparedApplication }) {
  return (
    <div className="apply-summary" data-testid="application-summary">
      {/* Above every step: what is being applied for, and where (“企业开办 · 历下区”). */}
      <h2 className="apply-title" data-testid="apply-title">
        {`${prepared.title} · ${prepared.regionName}`}
      </h2>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'applicant', label: text.applicant, children: prepared.applicant.name },
          { key: 'region', label: text.region, children: prepared.regionName },
          {
            key: 'limit',
            label: messages.cases.detail.limit,
            children: text.promisedLimit(prepared.promisedLimitDays),
          },
          {
            key: 'items',
            label: text.items,
            span: 'filled',
            children: (
              <span className="tag-row">
                {prepared.items.map((item) => (
                  <Tag key={item.implementationCode}>{`${item.name} · ${item.departmentName}`}</Tag>
                ))}
              </span>
            ),
          },
        ]}
      />
      {prepared.blacklisted && <Alert type="warning" showIcon title={text.blacklisted} />}
    </div>
  );
}
