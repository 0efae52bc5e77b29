import type { Case } from '@yici/contracts';
import { Form, Input } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useCaseAction } from './use-case-action';

const text = messages.cases.actions;

type DeliverCaseModalProps = { theCase: Case; open: boolean; onClose: () => void };

/** 送达: handing the result over; mail is tracked by its number, a window pickup counts as a visit. */
export function DeliverCaseModal({ theCase, open, onClose }: DeliverCaseModalProps) {
  const deliver = useCaseAction({ theCase, perform: api.deliverCase, done: text.done.deliver, onDone: onClose });
  const isMail = theCase.delivery.method === 'mail';
  return (
    <ActionModal<{ trackingNumber?: string }>
      title={`${text.deliver} · ${messages.cases.deliveryMethodShort[theCase.delivery.method]}`}
      hint={text.deliverHint}
      open={open}
      onClose={onClose}
      action="deliver"
      isPending={deliver.isPending}
      error={deliver.error}
      onSubmit={({ trackingNumber }) => deliver.mutate(isMail ? { trackingNumber: trackingNumber?.trim() } : {})}
    >
      {isMail && (
        <Form.Item
          name="trackingNumber"
          label={text.trackingNumber}
          rules={[{ required: true, whitespace: true, min: 6, max: 40, message: text.trackingRequired }]}
        >
          <Input maxLength={40} />
        </Form.Item>
      )}
    </ActionModal>
  );
}
