import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { materialFileUrl } from '../../api/cases.endpoints';
import { detailFallback } from '../../app/detail-fallback';
import { messages } from '../../messages';
import { managedCertificatePath } from '../../shared/certificates/certificate-paths';
import { CaseDetailSections } from '../../shared/cases/case-detail-sections';
import { CaseTickets } from '../hotline/case-tickets';
import { PageTitle } from '../../shared/page-title';
import { workbenchTool } from '../workbench-tools';
import { CaseActions } from './case-actions';
import { staffCaseQueries, taskPath } from './staff-cases.queries';
import '../workbench.css';

const text = messages.cases.detail;

/** One case in the staff member's scope, with what can be done to it now. */
export function StaffCasePage() {
  const { id = '' } = useParams();
  const theCase = useQuery(staffCaseQueries.detail(id));
  const timeline = useQuery(staffCaseQueries.timeline(id));
  const fallback = detailFallback(theCase, {
    hint: text.notFoundHint,
    backTo: workbenchTool('caseInbox').path,
    backLabel: text.backToInbox,
  });
  if (fallback || !theCase.data) return fallback;
  return (
    <div className="page" data-testid="staff-case-page">
      <PageTitle>{theCase.data.title}</PageTitle>
      <h1>{theCase.data.title}</h1>
      <CaseDetailSections
        theCase={theCase.data}
        timeline={timeline}
        certificateLink={managedCertificatePath}
        taskLink={(task) => taskPath(task.id)}
        fileUrl={(material) => materialFileUrl({ caseId: theCase.data!.id }, material.key)}
        actions={<CaseActions key={theCase.data.version} theCase={theCase.data} />}
      />
      <CaseTickets caseId={theCase.data.id} />
    </div>
  );
}
