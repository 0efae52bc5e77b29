import type { Case } from '@yici/contracts';
import { Form, Input } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useCaseAction } from './use-case-action';

const text = messages.cases.actions;

type AcceptCaseModalProps = { theCase: Case; open: boolean; onClose: () => void };

/** 受理: materials complete and in the legal form; the clock starts. */
export function AcceptCaseModal({ theCase, open, onClose }: AcceptCaseModalProps) {
  const accept = useCaseAction({ theCase, perform: api.acceptCase, done: text.done.accept, onDone: onClose });
  return (
    <ActionModal<{ note?: string }>
      title={text.accept}
      hint={text.acceptHint}
      open={open}
      onClose={onClose}
      action="accept"
      isPending={accept.isPending}
      error={accept.error}
      onSubmit={({ note }) => accept.mutate({ note: note?.trim() || undefined })}
    >
      <Form.Item name="note" label={text.note}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </ActionModal>
  );
}
