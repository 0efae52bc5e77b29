import { choicesOf, type CombinedField } from '@yici/contracts';
import { Descriptions } from 'antd';
import { messages } from '../../messages';

type CaseFormValuesProps = { fields: readonly CombinedField[]; values: Record<string, string> };

const labelOf = (field: CombinedField, value: string) =>
  field.options?.find((option) => option.value === value)?.label ?? value;

/** A choice shows its label, not its code; several choices (印章类型) their labels in a row. */
function shownValue(field: CombinedField, value: string): string {
  if (field.type === 'multi_choice')
    return choicesOf(value)
      .map((choice) => labelOf(field, choice))
      .join('、');
  return labelOf(field, value);
}

/** The combined form as filed, in the order the form asks it; fields left empty are skipped. */
export function CaseFormValues({ fields, values }: CaseFormValuesProps) {
  const items = fields
    .filter((field) => (values[field.key] ?? '') !== '')
    .map((field) => ({ key: field.key, label: field.label, children: shownValue(field, values[field.key]!) }));
  if (items.length === 0) return <p className="muted">{messages.cases.detail.none}</p>;
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="case-form-values" />;
}
