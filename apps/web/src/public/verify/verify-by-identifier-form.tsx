import { Button, Form, Input } from 'antd';
import { messages } from '../../messages';

const text = messages.certificates.verify;

type VerifyByIdentifierFormProps = { isPending: boolean; onVerify: (identifier: string) => void };

/** The identifier printed on the certificate (1.2.156.3005.2.…). */
export function VerifyByIdentifierForm({ isPending, onVerify }: VerifyByIdentifierFormProps) {
  return (
    <Form<{ identifier: string }>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => onVerify(values.identifier.trim())}
      data-testid="verify-identifier-form"
    >
      <Form.Item
        name="identifier"
        label={text.identifier}
        rules={[{ required: true, whitespace: true, message: text.identifierRequired }]}
      >
        <Input placeholder={text.identifierPlaceholder} maxLength={200} allowClear />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isPending}>
        {text.submit}
      </Button>
    </Form>
  );
}
