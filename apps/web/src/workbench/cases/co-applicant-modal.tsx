import type { Case } from '@yici/contracts';
import { Form, Input } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useCaseAction } from './use-case-action';

const text = messages.cases.actions;

type CoApplicantModalProps = { theCase: Case; open: boolean; onClose: () => void };

/** 共同申请 at the window: the clerk checks the buyer's identity card and records the buyer's confirmation. */
export function CoApplicantModal({ theCase, open, onClose }: CoApplicantModalProps) {
  const confirm = useCaseAction({
    theCase,
    perform: api.confirmCoApplicantAtWindow,
    done: text.done.coApplicant,
    onDone: onClose,
  });
  return (
    <ActionModal<{ name: string; idNumber: string }>
      title={text.coApplicant}
      hint={text.coApplicantHint}
      open={open}
      onClose={onClose}
      action="co-applicant"
      isPending={confirm.isPending}
      error={confirm.error}
      onSubmit={({ name, idNumber }) => confirm.mutate({ name: name.trim(), idNumber: idNumber.trim() })}
    >
      <Form.Item
        name="name"
        label={text.coApplicantName}
        rules={[{ required: true, whitespace: true, message: text.coApplicantRequired }]}
      >
        <Input maxLength={50} data-testid="co-applicant-name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={text.coApplicantIdNumber}
        rules={[{ required: true, pattern: /^\d{17}[\dXx]$/, message: text.coApplicantRequired }]}
      >
        <Input maxLength={18} data-testid="co-applicant-id-number" />
      </Form.Item>
    </ActionModal>
  );
}
