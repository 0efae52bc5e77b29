import type { ReactNode } from 'react';
import type { FiguresCaseFilter, FiguresHeadline } from '@yici/contracts';
import { messages } from '../../messages';
import { percent } from './figures-format';

const text = messages.figures;

/**
 * The headline figures of an area and period, as the public page and the supervisors' dashboard
 * both show them. `linkOf` (dashboard only) turns a figure into a link to the cases behind it;
 * without it the figures are plain text. `ratings` is left out where there are none to show.
 */
export function HeadlineFigures({
  headline: h,
  zeroVisitItemsShare,
  ratings,
  linkOf,
}: {
  headline: FiguresHeadline;
  zeroVisitItemsShare: number | null;
  ratings?: { satisfiedShare: number | null } | null;
  linkOf?: (filter: FiguresCaseFilter, value: string) => ReactNode;
}) {
  const link = (filter: FiguresCaseFilter, value: string) => (linkOf ? linkOf(filter, value) : value);
  return (
    <dl className="figures-grid">
      <Figure label={text.cases}>{link('all', String(h.cases))}</Figure>
      <Figure label={text.completed}>{link('completed', String(h.completed))}</Figure>
      <Figure label={text.onTimeShare}>{link('late', percent(h.onTimeShare))}</Figure>
      <Figure label={text.median}>{text.workdays(h.medianWorkdays)}</Figure>
      <Figure label={text.p90}>{text.workdays(h.p90Workdays)}</Figure>
      <Figure label={text.atMostOneVisit}>{link('more_than_one_visit', percent(h.atMostOneVisitShare))}</Figure>
      <Figure label={text.zeroVisit}>{percent(h.zeroVisitShare)}</Figure>
      <Figure label={text.zeroVisitItems}>{percent(zeroVisitItemsShare)}</Figure>
      <Figure label={text.sharedMaterials}>{percent(h.sharedMaterialsShare)}</Figure>
      <Figure label={text.correctionRate}>{link('corrected', percent(h.correctionRate))}</Figure>
      <Figure label={text.deferred}>{link('deferred', String(h.deferredCount))}</Figure>
      <Figure label={text.refusalRate}>{link('refused', percent(h.refusalRate))}</Figure>
      {ratings !== undefined && <Figure label={text.ratings}>{ratings ? percent(ratings.satisfiedShare) : '—'}</Figure>}
    </dl>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="figures-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
