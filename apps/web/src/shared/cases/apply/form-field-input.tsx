import { choicesOf, type CombinedField } from '@yici/contracts';
import { Checkbox, Input, Radio, Select } from 'antd';

/** Few options read best as radio buttons; a long list folds into a select. */
const MAX_RADIO_OPTIONS = 8;

type FormFieldInputProps = { field: CombinedField; value?: string; onChange?: (value: string) => void; id?: string };

/** The input for one field of the combined form; every value is kept as text, as the form sends it. */
export function FormFieldInput({ field, value, onChange, id }: FormFieldInputProps) {
  const options = field.options ?? [];
  if (field.type === 'choice' && options.length <= MAX_RADIO_OPTIONS) {
    return <Radio.Group id={id} value={value} options={options} onChange={(event) => onChange?.(event.target.value)} />;
  }
  if (field.type === 'choice') {
    return <Select id={id} value={value} options={options} onChange={(next: string) => onChange?.(next)} />;
  }
  if (field.type === 'multi_choice') {
    // A group of checkboxes named by the field's label; the value travels as the chosen options'
    // values joined by commas, in the options' order.
    return (
      <div id={id} role="group" aria-label={field.label}>
        <Checkbox.Group
          value={choicesOf(value)}
          options={options}
          onChange={(next) =>
            onChange?.(
              options
                .filter((option) => next.includes(option.value))
                .map((option) => option.value)
                .join(','),
            )
          }
        />
      </div>
    );
  }
  const common = { id, value, onChange: (event: { target: { value: string } }) => onChange?.(event.target.value) };
  if (field.type === 'textarea') return <Input.TextArea {...common} rows={3} maxLength={2000} showCount />;
  if (field.type === 'date') return <Input {...common} placeholder="YYYY-MM-DD" maxLength={10} />;
  if (field.type === 'number') return <Input {...common} inputMode="decimal" maxLength={20} />;
  if (field.type === 'phone') return <Input {...common} inputMode="tel" maxLength={11} />;
  if (field.type === 'id_number' || field.type === 'uscc') return <Input {...common} maxLength={18} />;
  return <Input {...common} maxLength={200} />;
}
