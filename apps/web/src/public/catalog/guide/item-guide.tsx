import type { ItemDetail } from '@yici/contracts';
import { Descriptions, Tag } from 'antd';
import { Link } from 'react-router';
import { formatOnlineDepth, formatVisits, messages } from '../../../messages';
import { PageTitle } from '../../../shared/page-title';
import { PROVINCE_CODE } from '../../network/region-path';
import { GuideBasicInfo } from './guide-basic-info';
import { GuideFees } from './guide-fees';
import { GuideFlow } from './guide-flow';
import { GuideHeader } from './guide-header';
import { GuideMaterialsTable } from './guide-materials-table';
import { GuideNotice } from './guide-notice';
import { GuideSection } from './guide-section';
import { GuideTextList } from './guide-text-list';
import './guide.css';

const SECTION_IDS = {
  basic: 'guide-basic',
  legalBasis: 'guide-legal-basis',
  conditions: 'guide-conditions',
  materials: 'guide-materials',
  flow: 'guide-flow',
  fees: 'guide-fees',
  place: 'guide-place',
  visits: 'guide-visits',
  contact: 'guide-contact',
  online: 'guide-online',
  anywhere: 'guide-anywhere',
} as const satisfies Record<keyof typeof messages.guide.sections, string>;

const ANCHOR_ITEMS = Object.entries(SECTION_IDS).map(([section, id]) => ({
  key: id,
  href: `#${id}`,
  title: messages.guide.sections[section as keyof typeof SECTION_IDS],
}));

export function ItemGuide({ detail }: { detail: ItemDetail }) {
  const item = detail.item;
  const sections = messages.guide.sections;
  const fields = messages.guide.fields;
  const region =
    detail.kind === 'implementation'
      ? { code: detail.item.regionCode, name: detail.item.regionName }
      : { code: PROVINCE_CODE, name: messages.labels.province };

  return (
    <article className="page guide-page" data-testid="item-guide">
      <PageTitle>{item.name}</PageTitle>
      <GuideHeader detail={detail} />
      <div className="guide-layout">
        <div className="guide-content">
          <GuideNotice detail={detail} />
          <GuideSection id={SECTION_IDS.basic} title={sections.basic}>
            <GuideBasicInfo detail={detail} />
          </GuideSection>
          <GuideSection id={SECTION_IDS.legalBasis} title={sections.legalBasis}>
            <GuideTextList lines={item.legalBasis} />
          </GuideSection>
          <GuideSection id={SECTION_IDS.conditions} title={sections.conditions}>
            <GuideTextList lines={item.acceptanceConditions} />
          </GuideSection>
          <GuideSection id={SECTION_IDS.materials} title={sections.materials}>
            <GuideMaterialsTable materials={item.materials} situations={item.situations} />
          </GuideSection>
          <GuideSection id={SECTION_IDS.flow} title={sections.flow}>
            <GuideFlow flow={item.flow} />
          </GuideSection>
          <GuideSection id={SECTION_IDS.fees} title={sections.fees}>
            <GuideFees fees={item.fees} />
          </GuideSection>
          <GuideSection id={SECTION_IDS.place} title={sections.place}>
            <p>{messages.guide.place.description}</p>
            <Link
              to={`/service-points?${new URLSearchParams({ region: region.code })}`}
              data-testid="guide-service-points-link"
            >
              {messages.guide.place.link(region.name)}
            </Link>
          </GuideSection>
          <GuideSection id={SECTION_IDS.visits} title={sections.visits}>
            <p>
              <strong data-testid="guide-visits">{formatVisits(item.visits)}</strong>
              {item.visitReason && (
                <span className="guide-visit-reason">{`${fields.visitReason}：${item.visitReason}`}</span>
              )}
            </p>
          </GuideSection>
          <GuideSection id={SECTION_IDS.contact} title={sections.contact}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'consult',
                  label: fields.consultationPhone,
                  children: item.consultationPhone ?? messages.guide.hotline,
                },
                {
                  key: 'complain',
                  label: fields.complaintPhone,
                  children: item.complaintPhone ?? messages.guide.hotline,
                },
              ]}
            />
          </GuideSection>
          <GuideSection id={SECTION_IDS.online} title={sections.online}>
            <p>
              <strong>{formatOnlineDepth(item.onlineDepth)}</strong>
            </p>
            {item.handlingForms.map((form) => (
              <Tag key={form}>{messages.labels.handlingForm[form]}</Tag>
            ))}
          </GuideSection>
          <GuideSection id={SECTION_IDS.anywhere} title={sections.anywhere}>
            <p>{messages.labels.handleAnywhere[item.handleAnywhere]}</p>
          </GuideSection>
        </div>
        <nav className="guide-anchor" aria-label={messages.guide.pageTitle}>
          {/* Plain in-page links: antd's Anchor brought about 40 KB of menu and input code to a phone. */}
          <ul className="guide-anchor-list">
            {ANCHOR_ITEMS.map((entry) => (
              <li key={entry.key}>
                <a href={entry.href}>{entry.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </article>
  );
}
