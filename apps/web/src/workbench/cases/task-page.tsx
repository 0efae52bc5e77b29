import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useParams } from 'react-router';
import { materialFileUrl } from '../../api/cases.endpoints';
import { detailFallback } from '../../app/detail-fallback';
import { messages } from '../../messages';
import { CaseFormValues } from '../../shared/cases/case-form-values';
import { CaseMaterialsTable } from '../../shared/cases/case-materials-table';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { sessionQueries } from '../../shared/session/session.queries';
import { workbenchTool } from '../workbench-tools';
import { staffCaseQueries } from './staff-cases.queries';
import { TaskActions } from './task-actions';
import { TaskOpinions } from './task-opinions';
import { TaskSummary } from './task-summary';
import '../workbench.css';
import '../../shared/cases/cases.css';

const text = messages.cases.task;

/** One department task: the application to review beside the actions on it. */
export function TaskPage() {
  const { id = '' } = useParams();
  const me = useQuery(sessionQueries.me());
  const task = useQuery(staffCaseQueries.task(id));
  const theCase = useQuery({ ...staffCaseQueries.detail(task.data?.caseId ?? ''), enabled: !!task.data });
  if (!me.data) return <PageLoading />;
  const fallback = detailFallback(task, {
    hint: messages.cases.detail.notFoundHint,
    backTo: workbenchTool('taskInbox').path,
    backLabel: text.backToInbox,
  });
  if (fallback || !task.data) return fallback;
  return (
    <div
      className="page case-sections"
      data-testid="task-page"
      data-status={task.data.status}
      data-task={task.data.stepKey ?? ''}
    >
      <PageTitle>{task.data.name}</PageTitle>
      <h1>{`${text.heading} · ${task.data.name}`}</h1>
      <Card>
        <TaskSummary task={task.data} />
      </Card>
      <TaskActions key={task.data.version} task={task.data} materials={theCase.data?.materials ?? []} me={me.data} />
      <Card title={text.opinionsHeading}>
        <TaskOpinions task={task.data} />
      </Card>
      {theCase.data && (
        <>
          <Card title={messages.cases.detail.formHeading}>
            <CaseFormValues fields={theCase.data.fields} values={theCase.data.form} />
          </Card>
          <Card title={messages.cases.detail.materialsHeading}>
            <CaseMaterialsTable
              materials={theCase.data.materials}
              fileUrl={(material) => materialFileUrl({ taskId: task.data!.id }, material.key)}
            />
          </Card>
        </>
      )}
    </div>
  );
}
