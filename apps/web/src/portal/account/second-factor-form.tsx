import { SafetyOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { SecondFactorSchema } from '@yici/contracts';
import { Button, Form, Input } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { ProblemAlert } from '../../shared/problem-alert';

type SecondFactorFormProps = {
  challenge: { challengeId: string; sentTo: string };
  onBack: () => void;
  onLoggedIn: () => Promise<void>;
};

const text = messages.login;

/** The staff login's second step: the six-digit code sent by SMS. */
export function SecondFactorForm({ challenge, onBack, onLoggedIn }: SecondFactorFormProps) {
  const verify = useMutation({
    mutationFn: (code: string) => api.completeSecondFactor({ challengeId: challenge.challengeId, code }),
    onSuccess: onLoggedIn,
  });
  return (
    <Form<{ code: string }>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => verify.mutate(values.code.trim())}
      data-testid="second-factor-form"
      disabled={verify.isPending}
    >
      <h2 className="auth-step-title">{text.secondFactorHeading}</h2>
      <p className="muted" data-testid="second-factor-sent-to">
        {text.secondFactorSent(challenge.sentTo)}
      </p>
      {verify.isError && <ProblemAlert error={verify.error} />}
      <Form.Item
        name="code"
        label={text.code}
        rules={[{ required: true, message: text.codeRequired }, contractRule(SecondFactorSchema.shape.code)]}
      >
        <Input
          prefix={<SafetyOutlined />}
          placeholder={text.codePlaceholder}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          size="large"
          autoFocus
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={verify.isPending}>
        {text.verify}
      </Button>
      <Button type="link" block onClick={onBack} className="auth-back">
        {text.back}
      </Button>
    </Form>
  );
}
