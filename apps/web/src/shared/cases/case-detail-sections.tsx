import type { UseQueryResult } from '@tanstack/react-query';
import type { Case, CaseMaterial, Task, TimelineEvent } from '@yici/contracts';
import { Card } from 'antd';
import type { ReactNode } from 'react';
import { messages } from '../../messages';
import { CaseDelivery } from './case-delivery';
import { CaseFormValues } from './case-form-values';
import { CaseMaterialsTable } from './case-materials-table';
import { CaseNotices } from './case-notices';
import { CaseOverview } from './case-overview';
import { CaseTasksTable } from './case-tasks-table';
import { CaseTimeline } from './case-timeline';
import './cases.css';

const text = messages.cases.detail;

type CaseDetailSectionsProps = {
  theCase: Case;
  timeline: UseQueryResult<TimelineEvent[]>;
  certificateLink: (identifier: string) => string;
  taskLink?: (task: Task) => string;
  /** Where a material's file is served (the applicant's and the staff's own view of it). */
  fileUrl?: (material: CaseMaterial) => string;
  /** What the viewer can do now (supply materials, accept …), right below the overview. */
  actions?: ReactNode;
};

/** Everything about one case, as applicants and staff both see it. */
export function CaseDetailSections({
  theCase,
  timeline,
  certificateLink,
  taskLink,
  fileUrl,
  actions,
}: CaseDetailSectionsProps) {
  return (
    <div className="case-sections" data-testid="case-detail" data-status={theCase.status} data-case-id={theCase.id}>
      <Card title={text.overviewHeading}>
        <CaseOverview theCase={theCase} certificateLink={certificateLink} />
      </Card>
      {actions}
      {theCase.tasks.length > 0 && (
        <Card title={text.tasksHeading}>
          <CaseTasksTable tasks={theCase.tasks} taskLink={taskLink} />
        </Card>
      )}
      <Card title={text.materialsHeading}>
        <CaseMaterialsTable materials={theCase.materials} fileUrl={fileUrl} />
      </Card>
      <Card title={text.formHeading}>
        <CaseFormValues fields={theCase.fields} values={theCase.form} />
      </Card>
      <div className="case-side-by-side">
        <Card title={text.noticesHeading}>
          <CaseNotices theCase={theCase} />
        </Card>
        <Card title={text.deliveryHeading}>
          <CaseDelivery theCase={theCase} />
        </Card>
      </div>
      <Card title={text.timelineHeading}>
        <CaseTimeline timeline={timeline} />
      </Card>
    </div>
  );
}
