import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AuthoriseHandlerSchema } from '@yici/contracts';
import { App, Button, Form, Input } from 'antd';
import { api } from '../../api/client';
import type { AuthoriseHandlerInput } from '../../api/identity.endpoints';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { ProblemAlert } from '../../shared/problem-alert';
import { accountQueries } from './account.queries';

const text = messages.entities;

/** The legal representative names a registered person as the entity's handler (经办人). */
export function AuthoriseHandlerForm({ uscc }: { uscc: string }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<AuthoriseHandlerInput>();
  const authorise = useMutation({
    mutationFn: (input: AuthoriseHandlerInput) => api.authoriseHandler(uscc, input),
    onSuccess: async (binding) => {
      form.resetFields();
      void message.success(text.authorised(binding.holderName));
      await queryClient.invalidateQueries({ queryKey: accountQueries.entityBindings(uscc).queryKey });
    },
  });
  return (
    <Form<AuthoriseHandlerInput>
      form={form}
      layout="inline"
      requiredMark={false}
      className="inline-form"
      onFinish={(values) => authorise.mutate({ name: values.name.trim(), idNumber: values.idNumber.trim() })}
      data-testid="authorise-handler-form"
    >
      <Form.Item
        name="name"
        label={text.handlerName}
        rules={[{ required: true, whitespace: true, message: text.required(text.handlerName) }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={text.handlerIdNumber}
        rules={[
          { required: true, message: text.required(text.handlerIdNumber) },
          contractRule(AuthoriseHandlerSchema.shape.idNumber),
        ]}
      >
        <Input maxLength={18} className="id-number-input" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={authorise.isPending}>
          {text.authorise}
        </Button>
      </Form.Item>
      {authorise.isError && (
        <div className="form-feedback">
          <ProblemAlert error={authorise.error} />
        </div>
      )}
    </Form>
  );
}
