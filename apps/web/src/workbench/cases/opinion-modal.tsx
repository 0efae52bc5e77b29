import type { Task } from '@yici/contracts';
import { Form, Input, Select } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useTaskAction } from './use-task-action';

const text = messages.cases.task;

type OpinionModalProps = { task: Task; open: boolean; onClose: () => void };

/** 审查意见; in a joint review each department gives its own. */
export function OpinionModal({ task, open, onClose }: OpinionModalProps) {
  const give = useTaskAction({ task, perform: api.giveTaskOpinion, done: text.done.opinion, onDone: onClose });
  // The lead department, then the joint ones; a lead that also takes part in the joint review
  // (联合评审 led by the approval bureau) is listed once.
  const departments = [{ id: task.departmentId, name: task.departmentName }, ...task.jointDepartments].filter(
    (department, i, all) => all.findIndex((d) => d.id === department.id) === i,
  );
  return (
    <ActionModal<{ opinion: string; departmentId?: string }>
      title={text.opinion}
      open={open}
      onClose={onClose}
      action="opinion"
      isPending={give.isPending}
      error={give.error}
      onSubmit={({ opinion, departmentId }) => give.mutate({ opinion: opinion.trim(), departmentId })}
    >
      {task.jointDepartments.length > 0 && (
        <Form.Item
          name="departmentId"
          label={text.opinionDepartment}
          rules={[{ required: true, message: text.opinionDepartmentRequired }]}
        >
          <Select options={departments.map((department) => ({ value: department.id, label: department.name }))} />
        </Form.Item>
      )}
      <Form.Item
        name="opinion"
        label={text.opinionLabel}
        rules={[{ required: true, whitespace: true, min: 2, max: 2000, message: text.opinionRequired }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </ActionModal>
  );
}
