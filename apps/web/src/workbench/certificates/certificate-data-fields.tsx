import type { CertificateField } from '@yici/contracts';
import type { Rule } from 'antd/es/form';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { messages } from '../../messages';

const text = messages.workbench.issue;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type CertificateDataFieldsProps = {
  fields: readonly CertificateField[];
  /** Dates as YYYY-MM-DD text, for a form prefilled from a certificate's stored data. */
  datesAsText?: boolean;
};

function inputFor(field: CertificateField, datesAsText: boolean) {
  if (field.type === 'date' && datesAsText) return <Input placeholder={text.dateFormat} maxLength={10} />;
  if (field.type === 'date') return <DatePicker className="full-width" />;
  if (field.type === 'number') return <InputNumber className="full-width" />;
  if (field.type === 'enum') return <Select options={field.options ?? []} allowClear={!field.required} />;
  return <Input maxLength={500} />;
}

function rulesFor(field: CertificateField, datesAsText: boolean): Rule[] {
  const rules: Rule[] = field.required ? [{ required: true, message: text.required(field.label) }] : [];
  if (field.type === 'date' && datesAsText) rules.push({ pattern: ISO_DATE, message: text.dateInvalid(field.label) });
  return rules;
}

/** One input per field of the type, under `data.<key>`, required as the type says. */
export function CertificateDataFields({ fields, datesAsText = false }: CertificateDataFieldsProps) {
  return (
    <div className="certificate-data-fields">
      {fields.map((field) => (
        <Form.Item key={field.key} name={['data', field.key]} label={field.label} rules={rulesFor(field, datesAsText)}>
          {inputFor(field, datesAsText)}
        </Form.Item>
      ))}
    </div>
  );
}
