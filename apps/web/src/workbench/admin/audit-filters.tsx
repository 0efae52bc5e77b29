import { Button, Form, Input } from 'antd';
import { messages } from '../../messages';

export type AuditFilterValues = { subjectType?: string; subjectId?: string; actorId?: string };

const text = messages.workbench.audit;
const FILTERS = [
  { name: 'subjectType', label: text.subjectType },
  { name: 'subjectId', label: text.subjectId },
  { name: 'actorId', label: text.actorId },
] as const;

type AuditFiltersProps = { values: AuditFilterValues; onChange: (values: AuditFilterValues) => void };

export function AuditFilters({ values, onChange }: AuditFiltersProps) {
  const [form] = Form.useForm<AuditFilterValues>();
  return (
    <Form<AuditFilterValues>
      form={form}
      layout="inline"
      className="workbench-toolbar"
      initialValues={values}
      onFinish={(next) => onChange(next)}
      data-testid="audit-filters"
    >
      {FILTERS.map((filter) => (
        <Form.Item key={filter.name} name={filter.name} label={filter.label}>
          <Input allowClear maxLength={200} className="audit-filter-input" />
        </Form.Item>
      ))}
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {text.search}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ subjectType: undefined, subjectId: undefined, actorId: undefined });
            onChange({});
          }}
        >
          {text.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
