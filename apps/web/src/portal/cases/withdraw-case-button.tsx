import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Case } from '@yici/contracts';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { useActionKey } from '../../shared/cases/use-action-key';
import { ProblemAlert } from '../../shared/problem-alert';
import { myCaseQueries } from './cases.queries';

const text = messages.cases.withdraw;

/** The filer withdraws an application nobody has accepted yet (one still waiting for the buyer, too). */
export function WithdrawCaseButton({ theCase }: { theCase: Case }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const actionKey = useActionKey();
  const withdraw = useMutation({
    mutationFn: (reason: string) =>
      actionKey.send((idempotencyKey) => api.withdrawCase(theCase.id, { reason }, { idempotencyKey })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(myCaseQueries.detail(theCase.id).queryKey, updated);
      void message.success(text.done);
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: myCaseQueries.all() });
    },
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="withdraw-case">
        {text.action}
      </Button>
      <Modal
        title={text.title}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={messages.cases.actions.confirm}
        cancelText={messages.cases.actions.cancel}
        okButtonProps={{ danger: true }}
        confirmLoading={withdraw.isPending}
        destroyOnHidden
      >
        {withdraw.error ? <ProblemAlert error={withdraw.error} /> : null}
        <Form form={form} layout="vertical" onFinish={({ reason }) => withdraw.mutate(reason.trim())}>
          <Form.Item
            name="reason"
            label={text.reason}
            rules={[{ required: true, whitespace: true, max: 200, message: text.reasonRequired }]}
          >
            <Input.TextArea rows={3} maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
