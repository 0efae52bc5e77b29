import { Button, Form, Input } from 'antd';
import { messages } from '../../messages';

const text = messages.certificates.verify;

type VerifyByQrFormProps = { isPending: boolean; onVerify: (qr: string) => void };

/** The text a phone's scanner reads from the QR code: the verification link with its content hash. */
export function VerifyByQrForm({ isPending, onVerify }: VerifyByQrFormProps) {
  return (
    <Form<{ qr: string }>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => onVerify(values.qr.trim())}
      data-testid="verify-qr-form"
    >
      <Form.Item name="qr" label={text.qr} rules={[{ required: true, whitespace: true, message: text.qrRequired }]}>
        <Input.TextArea placeholder={text.qrPlaceholder} rows={3} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isPending}>
        {text.submit}
      </Button>
    </Form>
  );
}
