import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Case } from '@yici/contracts';
import { Button, Form, Input } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useCaseAction } from './use-case-action';

const text = messages.cases.actions;
const MAX_REASONS = 20;

type RefuseCaseModalProps = { theCase: Case; open: boolean; onClose: () => void };

/** 不予受理: each reason on its own line of the decision. */
export function RefuseCaseModal({ theCase, open, onClose }: RefuseCaseModalProps) {
  const refuse = useCaseAction({ theCase, perform: api.refuseCase, done: text.done.refuse, onDone: onClose });
  return (
    <ActionModal<{ reasons: string[] }>
      title={text.refuse}
      hint={text.refuseHint}
      open={open}
      onClose={onClose}
      action="refuse"
      danger
      isPending={refuse.isPending}
      error={refuse.error}
      initialValues={{ reasons: [''] }}
      onSubmit={({ reasons }) => refuse.mutate({ reasons: reasons.map((reason) => reason.trim()) })}
    >
      <Form.List name="reasons">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => (
              <div key={row.key} className="override-row">
                <Form.Item
                  name={row.name}
                  label={index === 0 ? text.reasons : undefined}
                  rules={[{ required: true, whitespace: true, min: 2, max: 300, message: text.reasonRequired }]}
                >
                  <Input.TextArea rows={2} maxLength={300} />
                </Form.Item>
                {rows.length > 1 && (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(row.name)}
                    aria-label={text.cancel}
                  />
                )}
              </div>
            ))}
            {rows.length < MAX_REASONS && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                {text.addReason}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </ActionModal>
  );
}
