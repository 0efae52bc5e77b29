import { Alert, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { messages } from '../../messages';
import { ProblemAlert } from '../../shared/problem-alert';

type ActionModalProps<V> = {
  title: string;
  hint?: string;
  open: boolean;
  onClose: () => void;
  onSubmit: (values: V) => void;
  isPending: boolean;
  error: unknown;
  initialValues?: Partial<V>;
  children?: ReactNode;
  /** `data-action` of the form, for finding the open dialog. */
  action: string;
  danger?: boolean;
  width?: number;
};

/** The dialog every case and task action opens: what it means, its fields, the server's answer if it says no. */
export function ActionModal<V extends object>(props: ActionModalProps<V>) {
  const { title, hint, open, onClose, onSubmit, isPending, error, initialValues, children, action, danger, width } =
    props;
  const [form] = Form.useForm<V>();
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={messages.cases.actions.confirm}
      cancelText={messages.cases.actions.cancel}
      okButtonProps={{ danger, 'data-testid': 'confirm-action' }}
      confirmLoading={isPending}
      width={width ?? 560}
      destroyOnHidden
    >
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onSubmit}
        data-testid="action-form"
        data-action={action}
      >
        {hint && <Alert type={danger ? 'warning' : 'info'} showIcon title={hint} className="form-result" />}
        {error !== null && error !== undefined && <ProblemAlert error={error} />}
        {children}
      </Form>
    </Modal>
  );
}
