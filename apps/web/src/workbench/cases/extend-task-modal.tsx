import type { Task } from '@yici/contracts';
import { Form, Input, InputNumber } from 'antd';
import { api } from '../../api/client';
import type { ExtendInput } from '../../api/cases.endpoints';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useTaskAction } from './use-task-action';

const text = messages.cases.task;

type ExtendTaskModalProps = { task: Task; open: boolean; onClose: () => void };

/** 延长时限: once per task, up to 15 working days, with the reason on record. */
export function ExtendTaskModal({ task, open, onClose }: ExtendTaskModalProps) {
  const extend = useTaskAction({ task, perform: api.extendTask, done: text.done.extend, onDone: onClose });
  return (
    <ActionModal<ExtendInput>
      title={text.extend}
      open={open}
      onClose={onClose}
      action="extend"
      isPending={extend.isPending}
      error={extend.error}
      initialValues={{ days: 5 }}
      onSubmit={({ days, reason }) => extend.mutate({ days, reason: reason.trim() })}
    >
      <Form.Item name="days" label={text.extendDays} rules={[{ required: true, type: 'integer', min: 1, max: 15 }]}>
        <InputNumber min={1} max={15} precision={0} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={text.extendReason}
        rules={[{ required: true, whitespace: true, min: 2, max: 500, message: messages.cases.actions.reasonRequired }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </ActionModal>
  );
}
