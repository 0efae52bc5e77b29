import { Button, Form, Input } from 'antd';
import { messages } from '../../messages';

const text = messages.certificates.verify;

type VerifyByShareCodeFormProps = { isPending: boolean; onVerify: (shareCode: string) => void };

/** 亮证码: the 12 characters the holder shows; case, spaces and dashes do not matter. */
export function VerifyByShareCodeForm({ isPending, onVerify }: VerifyByShareCodeFormProps) {
  return (
    <Form<{ shareCode: string }>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => onVerify(values.shareCode.trim())}
      data-testid="verify-share-code-form"
    >
      <p className="muted">{text.shareCodeHint}</p>
      <Form.Item
        name="shareCode"
        label={text.shareCode}
        rules={[{ required: true, whitespace: true, message: text.shareCodeRequired }]}
      >
        <Input placeholder={text.shareCodePlaceholder} maxLength={40} allowClear autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isPending}>
        {text.submit}
      </Button>
    </Form>
  );
}
