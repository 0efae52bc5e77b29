import type { Task } from '@yici/contracts';
import { Empty, List } from 'antd';
import { messages } from '../../messages';
import { formatDateTime } from '../../shared/format-time';

/** The reviewers' opinions, each with its department, author and time. */
export function TaskOpinions({ task }: { task: Task }) {
  if (task.opinions.length === 0) {
    return <Empty description={messages.cases.task.opinionsEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  }
  return (
    <List
      size="small"
      dataSource={task.opinions}
      data-testid="task-opinions"
      renderItem={(opinion) => (
        <List.Item>
          <List.Item.Meta
            title={`${opinion.departmentName} · ${opinion.by}`}
            description={formatDateTime(opinion.at)}
          />
          {opinion.opinion}
        </List.Item>
      )}
    />
  );
}
