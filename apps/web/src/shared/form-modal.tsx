import type { FormInstance } from 'antd';
import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { fieldErrorsOf } from './form-problems';
import { ProblemAlert } from './problem-alert';

type FormModalProps<T, N extends string> = {
  title: string;
  okText: string;
  cancelText: string;
  isOpen: boolean;
  onClose: () => void;
  form: FormInstance<T>;
  /** The form's own field names: a problem about one of them shows beside it, anything else above the form. */
  fieldNames: readonly N[];
  /** The mutation the form submits; its pending state and error are shown by the dialog. */
  mutation: { mutate: (values: T) => void; isPending: boolean; error: unknown };
  testId: string;
  children: ReactNode;
};

/**
 * A dialog holding one vertical form that saves through one mutation: its OK button (or Enter)
 * submits, cancel closes, and a problem the fields cannot show appears above them. The form is
 * rendered while closed, so the page can reset or fill it before it opens.
 */
export function FormModal<T, N extends string>(props: FormModalProps<T, N>) {
  const { mutation } = props;
  return (
    <Modal
      title={props.title}
      open={props.isOpen}
      onCancel={props.onClose}
      onOk={() => props.form.submit()}
      okText={props.okText}
      cancelText={props.cancelText}
      confirmLoading={mutation.isPending}
      forceRender
    >
      <Form<T>
        form={props.form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => mutation.mutate(values)}
        data-testid={props.testId}
      >
        {!!mutation.error && fieldErrorsOf(mutation.error, props.fieldNames).rest && (
          <ProblemAlert error={mutation.error} />
        )}
        {props.children}
      </Form>
    </Modal>
  );
}
