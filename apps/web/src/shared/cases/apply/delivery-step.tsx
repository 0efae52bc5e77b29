import { DeliveryRequestSchema } from '@yici/contracts';
import { Form, Input, Radio, type FormInstance } from 'antd';
import { messages } from '../../../messages';
import { contractRule } from '../../contract-rule';
import type { DeliveryValues } from './application-request';

const text = messages.cases.apply;
const METHODS = ['electronic', 'pickup', 'mail'] as const;
const fieldSchema = DeliveryRequestSchema.shape;

/** 送达方式: electronic keeps the case at zero visits; pickup is a visit; mail needs an address. */
export function DeliveryStep({ form }: { form: FormInstance<DeliveryValues> }) {
  const method = Form.useWatch('method', form);
  return (
    <Form<DeliveryValues>
      form={form}
      layout="vertical"
      initialValues={{ method: 'electronic' }}
      data-testid="delivery-form"
      preserve={false}
    >
      <Form.Item name="method" label={text.deliveryHeading}>
        <Radio.Group
          options={METHODS.map((value) => ({ value, label: messages.cases.deliveryMethods[value] }))}
          data-testid="delivery-method"
        />
      </Form.Item>
      {method === 'mail' && (
        <div className="apply-grid">
          <Form.Item
            name="address"
            label={text.address}
            rules={[
              { required: true, whitespace: true, message: text.addressRequired },
              contractRule(fieldSchema.address),
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="recipient"
            label={text.recipient}
            rules={[
              { required: true, whitespace: true, message: text.recipientRequired },
              contractRule(fieldSchema.recipient),
            ]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="phone" label={text.recipientPhone} rules={[contractRule(fieldSchema.phone)]}>
            <Input maxLength={11} inputMode="tel" />
          </Form.Item>
        </div>
      )}
    </Form>
  );
}
