import type { Case } from '@yici/contracts';
import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { formatDateTime } from '../format-time';
import { LongValue } from '../long-value';
import { CaseStatusTag } from './case-status-tag';
import { ClockTag } from './clock-tag';

const text = messages.cases.detail;

/** `certificateLink` gives the page of a result certificate for this audience. */
type CaseOverviewProps = { theCase: Case; certificateLink: (identifier: string) => string };

/** Who, what, where, and how far the case has come. */
export function CaseOverview({ theCase, certificateLink }: CaseOverviewProps) {
  const items = [
    {
      key: 'number',
      label: text.caseNumber,
      children: theCase.caseNumber ? (
        <LongValue value={theCase.caseNumber} testId="case-number" />
      ) : (
        <span data-testid="case-number">{text.noCaseNumber}</span>
      ),
    },
    { key: 'status', label: text.status, children: <CaseStatusTag status={theCase.status} /> },
    { key: 'title', label: text.title, children: theCase.title },
    { key: 'applicant', label: text.applicant, children: theCase.applicant.name },
    { key: 'region', label: text.region, children: theCase.regionName },
    {
      key: 'channel',
      label: text.channel,
      children: `${messages.cases.channels[theCase.channel] ?? theCase.channel} · ${theCase.filedBy.name}`,
    },
    ...(theCase.servicePoint ? [{ key: 'point', label: text.servicePoint, children: theCase.servicePoint.name }] : []),
    {
      key: 'submitted',
      label: text.submittedAt,
      children: theCase.submittedAt ? formatDateTime(theCase.submittedAt) : text.none,
    },
    { key: 'accepted', label: text.acceptedOn, children: theCase.acceptedOn ?? text.none },
    {
      key: 'limit',
      label: text.limit,
      children: messages.cases.clock.limit(theCase.clock.limitDays, theCase.clock.extendedDays),
    },
    { key: 'clock', label: text.clock, children: <ClockTag clock={theCase.clock} /> },
    ...(theCase.clock.dueOn
      ? [
          {
            key: 'due',
            label: text.dueOn,
            children: (
              <span data-testid="case-due-on">
                {messages.cases.clock.dueOn(theCase.clock.dueOn, theCase.clock.provisional)}
              </span>
            ),
          },
        ]
      : []),
    {
      key: 'visits',
      label: text.visits,
      children: <span data-testid="case-visits">{text.visitCount(theCase.visits)}</span>,
    },
    ...(theCase.outcome
      ? [
          {
            key: 'outcome',
            label: text.outcome,
            children: <span data-testid="case-outcome">{messages.cases.outcomes[theCase.outcome]}</span>,
          },
        ]
      : []),
    ...(theCase.completedAt
      ? [{ key: 'completed', label: text.completedAt, children: formatDateTime(theCase.completedAt) }]
      : []),
    ...(theCase.certificateIdentifiers.length > 0
      ? [
          {
            key: 'certificates',
            label: text.certificates,
            span: 'filled' as const,
            children: (
              <span className="tag-row">
                {theCase.certificateIdentifiers.map((identifier) => (
                  <Link key={identifier} to={certificateLink(identifier)} data-testid="case-certificate">
                    <LongValue value={identifier} kind="dotted" copyable={false} />
                  </Link>
                ))}
              </span>
            ),
          },
        ]
      : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} data-testid="case-overview" />;
}
