import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { CaseMaterial, Task } from '@yici/contracts';
import { Button, Form, Input, Select } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useTaskAction } from './use-task-action';

const text = messages.cases.actions;

type TaskCorrectionValues = { items: { materialKey?: string; problem: string }[] };
type TaskCorrectionModalProps = { task: Task; materials: readonly CaseMaterial[]; open: boolean; onClose: () => void };

/** During review: ask the applicant to correct materials; the task's and the case's clocks pause. */
export function TaskCorrectionModal({ task, materials, open, onClose }: TaskCorrectionModalProps) {
  const request = useTaskAction({
    task,
    perform: api.requestTaskCorrection,
    done: messages.cases.task.done.correction,
    onDone: onClose,
  });
  const options = materials
    .filter((material) => material.state !== 'not_applicable')
    .map((material) => ({ value: material.key, label: material.name }));
  return (
    <ActionModal<TaskCorrectionValues>
      title={messages.cases.task.requestCorrection}
      open={open}
      onClose={onClose}
      action="task-correction"
      width={760}
      isPending={request.isPending}
      error={request.error}
      initialValues={{ items: [{ problem: '' }] }}
      onSubmit={({ items }) =>
        request.mutate({
          items: items.map((item) => ({ materialKey: item.materialKey || undefined, problem: item.problem.trim() })),
        })
      }
    >
      <Form.List name="items">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <div key={row.key} className="correction-row">
                <Form.Item name={[row.name, 'materialKey']}>
                  <Select allowClear placeholder={text.otherProblem} options={options} aria-label={text.material} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'problem']}
                  rules={[{ required: true, whitespace: true, min: 2, max: 300, message: text.problemRequired }]}
                >
                  <Input placeholder={text.problemPlaceholder} maxLength={300} aria-label={text.problem} />
                </Form.Item>
                {rows.length > 1 ? (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(row.name)}
                    aria-label={text.cancel}
                  />
                ) : (
                  <span />
                )}
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ problem: '' })}>
              {text.addOther}
            </Button>
          </>
        )}
      </Form.List>
    </ActionModal>
  );
}
