import { useMutation } from '@tanstack/react-query';
import { RegisterSchema } from '@yici/contracts';
import { Button, Form, Input } from 'antd';
import { api } from '../../api/client';
import type { RegisterInput } from '../../api/identity.endpoints';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { fieldErrorsOf } from '../../shared/form-problems';
import { ProblemAlert } from '../../shared/problem-alert';

type RegisterValues = RegisterInput & { confirmPassword: string };

const text = messages.register;
const FIELDS = ['name', 'idNumber', 'phone', 'password'] as const;
const shape = RegisterSchema.shape;

/** Name, ID number, phone and password; the server logs the person in and texts a code. */
export function RegisterForm({ onRegistered }: { onRegistered: () => Promise<void> }) {
  const [form] = Form.useForm<RegisterValues>();
  const register = useMutation({
    mutationFn: ({ confirmPassword: _confirm, ...input }: RegisterValues) => api.register(input),
    onSuccess: onRegistered,
    onError: (error) => form.setFields(fieldErrorsOf(error, FIELDS).fields),
  });
  const showAlert = register.isError && fieldErrorsOf(register.error, FIELDS).rest;

  return (
    <Form<RegisterValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => register.mutate(values)}
      data-testid="register-form"
      disabled={register.isPending}
    >
      {showAlert && <ProblemAlert error={register.error} />}
      <Form.Item
        name="name"
        label={text.name}
        rules={[{ required: true, whitespace: true, message: text.required(text.name) }, contractRule(shape.name)]}
      >
        <Input placeholder={text.namePlaceholder} autoComplete="name" maxLength={30} />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={text.idNumber}
        rules={[{ required: true, message: text.required(text.idNumber) }, contractRule(shape.idNumber)]}
      >
        <Input placeholder={text.idNumberPlaceholder} maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={text.phone}
        rules={[{ required: true, message: text.required(text.phone) }, contractRule(shape.phone)]}
      >
        <Input placeholder={text.phonePlaceholder} maxLength={11} inputMode="numeric" autoComplete="tel" />
      </Form.Item>
      <Form.Item
        name="password"
        label={text.password}
        rules={[{ required: true, message: text.required(text.password) }, contractRule(shape.password)]}
      >
        <Input.Password placeholder={text.passwordPlaceholder} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={text.confirmPassword}
        dependencies={['password']}
        rules={[
          { required: true, message: text.required(text.confirmPassword) },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string) => {
              if (value && value !== getFieldValue('password')) throw new Error(text.passwordMismatch);
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={register.isPending}>
        {text.submit}
      </Button>
    </Form>
  );
}
