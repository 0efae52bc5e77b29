import type { CombinedField, PrefilledValue } from '@yici/contracts';
import { Form, type FormInstance } from 'antd';
import { messages } from '../../../messages';
import { isFieldShown, type FormValues } from './application-request';
import { groupFields, type FieldGroup } from './field-groups';
import { FormFieldInput } from './form-field-input';
import { rulesForField } from './form-field-rules';
import { PrefillTag } from './prefill-tag';

type CombinedFormStepProps = {
  form: FormInstance<FormValues>;
  fields: readonly CombinedField[];
  items: readonly { basicCode: string; name: string }[];
  prefilled: readonly PrefilledValue[];
  values: FormValues;
};

const text = messages.cases.apply;

function groupTitle(group: FieldGroup): string {
  if (group.shared) return text.sharedFields;
  return group.usedBy.length === 1 ? group.usedBy[0]! : text.severalItemsFields;
}

/** 一表申请: the fields every item of the application asks, each asked once, grouped by who needs them. */
export function CombinedFormStep({ form, fields, items, prefilled, values }: CombinedFormStepProps) {
  const situations = fields.filter((field) => field.type === 'choice' && isFieldShown(field, values));
  const others = fields.filter((field) => field.type !== 'choice' && isFieldShown(field, values));
  const renderField = (field: CombinedField) => {
    const source = prefilled.find((candidate) => candidate.field === field.key);
    // The tag stays only while the value is the registry's: an edited value is the applicant's own.
    const isPrefilled = source !== undefined && values[field.key] === source.value;
    return (
      <div key={field.key} data-field={field.key} data-field-type={field.type}>
        <Form.Item
          name={field.key}
          label={field.label}
          rules={rulesForField(field)}
          extra={
            isPrefilled || field.hint ? (
              <>
                {isPrefilled && <PrefillTag prefilled={source} />}
                {field.hint}
              </>
            ) : undefined
          }
        >
          <FormFieldInput field={field} />
        </Form.Item>
      </div>
    );
  };
  return (
    <Form<FormValues> form={form} layout="vertical" requiredMark data-testid="combined-form" preserve>
      {situations.length > 0 && (
        <>
          <p className="muted">{messages.cases.apply.situationHint}</p>
          <div className="apply-grid">{situations.map(renderField)}</div>
        </>
      )}
      {groupFields(others, items).map((group) => (
        <section key={group.key} className="apply-field-group" data-testid="field-group" aria-label={groupTitle(group)}>
          <h3 className="apply-field-group-title">{groupTitle(group)}</h3>
          <p className="muted apply-field-group-used-by">{text.usedBy(group.usedBy.join('、'))}</p>
          <div className="apply-grid">{group.fields.map(renderField)}</div>
        </section>
      ))}
    </Form>
  );
}
