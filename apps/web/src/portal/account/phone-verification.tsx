import { SafetyOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { VerifyPhoneSchema } from '@yici/contracts';
import { App, Button, Form, Input } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { ProblemAlert } from '../../shared/problem-alert';
import { useCountdown } from './use-countdown';

/** One code per minute at most, as SMS gateways and people's patience both expect. */
const RESEND_AFTER_SECONDS = 60;
const text = messages.realName;

type PhoneVerificationProps = { phoneMasked: string; codeJustSent: boolean; onVerified: () => Promise<void> };

/** The first real-name level: the six-digit code sent to the registered phone. */
export function PhoneVerification({ phoneMasked, codeJustSent, onVerified }: PhoneVerificationProps) {
  const { message } = App.useApp();
  const countdown = useCountdown(codeJustSent ? RESEND_AFTER_SECONDS : 0);
  const verify = useMutation({
    mutationFn: (code: string) => api.verifyPhone({ code }),
    onSuccess: async () => {
      void message.success(text.phoneVerified);
      await onVerified();
    },
  });
  const resend = useMutation({
    mutationFn: () => api.resendPhoneCode(),
    onSuccess: () => {
      countdown.restart(RESEND_AFTER_SECONDS);
      void message.success(text.resent);
    },
  });
  const error = verify.error ?? resend.error;

  return (
    <Form<{ code: string }>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => verify.mutate(values.code.trim())}
      data-testid="phone-verification"
    >
      <p className="muted">{text.codeSent(phoneMasked)}</p>
      {error && <ProblemAlert error={error} />}
      <Form.Item label={text.code} required>
        <div className="code-row">
          <Form.Item
            name="code"
            noStyle
            rules={[{ required: true, message: text.codeRequired }, contractRule(VerifyPhoneSchema.shape.code)]}
          >
            <Input
              prefix={<SafetyOutlined />}
              placeholder={text.codePlaceholder}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              aria-label={text.code}
            />
          </Form.Item>
          <Button
            onClick={() => resend.mutate()}
            disabled={countdown.seconds > 0}
            loading={resend.isPending}
            data-testid="resend-code"
          >
            {countdown.seconds > 0 ? text.resendIn(countdown.seconds) : text.resend}
          </Button>
        </div>
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={verify.isPending}>
        {text.verifyPhone}
      </Button>
    </Form>
  );
}
