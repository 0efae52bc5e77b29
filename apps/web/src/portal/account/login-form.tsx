import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { api } from '../../api/client';
import type { LoginInput, LoginResult } from '../../api/identity.endpoints';
import { messages } from '../../messages';
import { ProblemAlert } from '../../shared/problem-alert';

const text = messages.login;

/** Login and password; staff continue with a code sent to their phone. */
export function LoginForm({ onResult }: { onResult: (result: LoginResult) => void | Promise<void> }) {
  const login = useMutation({ mutationFn: (input: LoginInput) => api.login(input), onSuccess: onResult });
  return (
    <Form<LoginInput>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => login.mutate(values)}
      data-testid="login-form"
      disabled={login.isPending}
    >
      {login.isError && <ProblemAlert error={login.error} />}
      <Form.Item
        name="login"
        label={text.loginLabel}
        rules={[{ required: true, whitespace: true, message: text.loginRequired }]}
      >
        <Input prefix={<UserOutlined />} placeholder={text.loginPlaceholder} autoComplete="username" size="large" />
      </Form.Item>
      <Form.Item name="password" label={text.password} rules={[{ required: true, message: text.passwordRequired }]}>
        <Input.Password
          prefix={<LockOutlined />}
          placeholder={text.passwordPlaceholder}
          autoComplete="current-password"
          size="large"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
        {text.submit}
      </Button>
    </Form>
  );
}
