import type { CertificateField } from '@yici/contracts';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { messages } from '../../messages';

const text = messages.workbench.issue;

function inputFor(field: CertificateField) {
  if (field.type === 'date') return <DatePicker className="full-width" />;
  if (field.type === 'number') return <InputNumber className="full-width" />;
  if (field.type === 'enum') return <Select options={field.options ?? []} allowClear={!field.required} />;
  return <Input maxLength={500} />;
}

/** One input per field of the type, under `data.<key>`, required as the type says. */
export function CertificateDataFields({ fields }: { fields: readonly CertificateField[] }) {
  return (
    <div className="certificate-data-fields">
      {fields.map((field) => (
        <Form.Item
          key={field.key}
          name={['data', field.key]}
          label={field.label}
          rules={field.required ? [{ required: true, message: text.required(field.label) }] : []}
        >
          {inputFor(field)}
        </Form.Item>
      ))}
    </div>
  );
}
