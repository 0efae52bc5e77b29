import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { messages } from '../../messages';
import { staffCaseQueries } from './staff-cases.queries';

const text = messages.cases.taskInbox;

/**
 * Shown instead of a bare empty inbox: which departments of the region hold active tasks, as
 * counts only, so a department-bound reviewer sees where the work is without seeing the work.
 */
export function TasksElsewhere() {
  const elsewhere = useQuery(staffCaseQueries.tasksElsewhere());
  if (!elsewhere.data) return null;
  const { departments } = elsewhere.data;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="tasks-elsewhere"
      message={text.emptyHere}
      description={
        departments.length === 0 ? (
          text.nothingElsewhere
        ) : (
          <>
            {text.elsewhereIntro}
            <ul className="plain-list">
              {departments.map((d) => (
                <li key={d.departmentId} data-department={d.departmentId}>
                  {text.elsewhereCount(d.departmentName, d.active)}
                </li>
              ))}
            </ul>
          </>
        )
      }
    />
  );
}
