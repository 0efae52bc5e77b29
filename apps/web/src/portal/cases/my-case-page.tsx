import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { detailFallback } from '../../app/detail-fallback';
import { messages } from '../../messages';
import { certificatePath } from '../../shared/certificates/certificate-paths';
import { materialFileUrl } from '../../api/cases.endpoints';
import { CaseDetailSections } from '../../shared/cases/case-detail-sections';
import { PageTitle } from '../../shared/page-title';
import { myCaseQueries } from './cases.queries';
import { SupplyMaterialsPanel } from './supply-materials-panel';
import { WithdrawCaseButton } from './withdraw-case-button';
import { RateCasePanel } from '../ratings/rate-case-panel';

const text = messages.cases.detail;

/** One of the applicant's cases: where it stands, and the correction to hand in when asked. */
export function MyCasePage() {
  const { id = '' } = useParams();
  const theCase = useQuery(myCaseQueries.detail(id));
  const timeline = useQuery(myCaseQueries.timeline(id));
  const fallback = detailFallback(theCase, {
    hint: text.notFoundHint,
    backTo: '/portal/cases',
    backLabel: text.backToList,
  });
  if (fallback || !theCase.data) return fallback;
  const canSupply = theCase.data.status === 'correction_requested' || theCase.data.status === 'draft';
  const canWithdraw = theCase.data.status === 'awaiting_co_applicant' || theCase.data.status === 'submitted';
  return (
    <div className="page" data-testid="my-case-page">
      <PageTitle>{theCase.data.title}</PageTitle>
      <h1>{theCase.data.title}</h1>
      {canWithdraw && <WithdrawCaseButton theCase={theCase.data} />}
      <CaseDetailSections
        theCase={theCase.data}
        timeline={timeline}
        certificateLink={certificatePath}
        fileUrl={(material) => materialFileUrl({ caseId: theCase.data!.id }, material.key)}
        actions={canSupply ? <SupplyMaterialsPanel key={theCase.data.version} theCase={theCase.data} /> : undefined}
      />
      {theCase.data.status === 'completed' && <RateCasePanel caseId={theCase.data.id} />}
    </div>
  );
}
