import type { Task } from '@yici/contracts';
import { Form, Input, Select } from 'antd';
import { api } from '../../api/client';
import type { SpecialProcedureInput } from '../../api/cases.endpoints';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useTaskAction } from './use-task-action';

const text = messages.cases.task;
const KINDS = Object.keys(messages.cases.specialProcedures) as SpecialProcedureInput['kind'][];

type SpecialProcedureModalProps = { task: Task; open: boolean; onClose: () => void };

/** 特别程序 (hearing, testing …): the time it takes does not count against the limit. */
export function SpecialProcedureModal({ task, open, onClose }: SpecialProcedureModalProps) {
  const start = useTaskAction({ task, perform: api.startSpecialProcedure, done: text.done.special, onDone: onClose });
  return (
    <ActionModal<SpecialProcedureInput>
      title={text.specialProcedureStart}
      open={open}
      onClose={onClose}
      action="special-procedure"
      isPending={start.isPending}
      error={start.error}
      initialValues={{ kind: 'expert_review' }}
      onSubmit={({ kind, reason }) => start.mutate({ kind, reason: reason.trim() })}
    >
      <Form.Item name="kind" label={text.specialProcedureKind}>
        <Select options={KINDS.map((kind) => ({ value: kind, label: messages.cases.specialProcedures[kind] }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={text.specialProcedureReason}
        rules={[{ required: true, whitespace: true, min: 2, max: 500, message: messages.cases.actions.reasonRequired }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </ActionModal>
  );
}
