import { useMutation, useQuery } from '@tanstack/react-query';
import type { Certificate, CertificateTypeSummary, Me } from '@yici/contracts';
import { Button, Empty, Form, Input, Select, type FormInstance } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { fieldErrorsOf } from '../../shared/form-problems';
import { ProblemAlert } from '../../shared/problem-alert';
import { CertificateDataFields } from './certificate-data-fields';
import { toIssueRequest, type IssueValues } from './issue-request';

const text = messages.workbench.issue;
const DATA_PREFIX = 'data.';

type FieldUpdate = Parameters<FormInstance<IssueValues>['setFields']>[0][number];

/** The server names data fields `data.<key>`; the form keeps them under ['data', key]. */
function fieldUpdate({ name, errors }: { name: string; errors: string[] }): FieldUpdate {
  if (name.startsWith(DATA_PREFIX)) return { name: ['data', name.slice(DATA_PREFIX.length)], errors };
  return { name: name as keyof IssueValues, errors };
}

type IssueCertificateFormProps = {
  me: Me;
  types: readonly CertificateTypeSummary[];
  onIssued: (certificate: Certificate) => void;
};

/** 签发证照: the type, the issuing department in the staff member's region, and the type's fields. */
export function IssueCertificateForm({ me, types, onIssued }: IssueCertificateFormProps) {
  const [form] = Form.useForm<IssueValues>();
  const slug = Form.useWatch('type', form);
  const type = types.find((candidate) => candidate.slug === slug);
  const fields = type?.fields ?? [];
  const fieldNames = ['type', 'issuerDepartmentId', 'caseId', ...fields.map((field) => `${DATA_PREFIX}${field.key}`)];
  const departments = useQuery({
    queryKey: ['workbench', 'departments', me.regionCode],
    queryFn: ({ signal }) => api.listDepartments({ region: me.regionCode ?? undefined }, signal),
    enabled: me.regionCode !== null,
  });
  const issue = useMutation({
    mutationFn: (values: IssueValues) => api.issueCertificate(toIssueRequest(values, fields)),
    onSuccess: (certificate) => {
      form.resetFields(['data', 'caseId']);
      onIssued(certificate);
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, fieldNames).fields.map(fieldUpdate)),
  });
  return (
    <Form<IssueValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ issuerDepartmentId: me.departmentId ?? undefined }}
      onFinish={(values) => issue.mutate(values)}
      onValuesChange={(changed: Partial<IssueValues>) => {
        if ('type' in changed) form.resetFields(['data']);
      }}
      data-testid="issue-certificate-form"
    >
      {issue.isError && fieldErrorsOf(issue.error, fieldNames).rest && <ProblemAlert error={issue.error} />}
      <div className="issue-grid">
        <Form.Item name="type" label={text.type} rules={[{ required: true, message: text.typeRequired }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={text.typePlaceholder}
            options={types.map((candidate) => ({ value: candidate.slug, label: candidate.name }))}
          />
        </Form.Item>
        <Form.Item
          name="issuerDepartmentId"
          label={text.department}
          rules={[{ required: true, message: text.departmentRequired }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={text.departmentPlaceholder}
            loading={departments.isPending && departments.fetchStatus !== 'idle'}
            options={(departments.data ?? []).map((department) => ({ value: department.id, label: department.name }))}
          />
        </Form.Item>
        <Form.Item name="caseId" label={text.caseId}>
          <Input placeholder={text.caseIdPlaceholder} maxLength={64} />
        </Form.Item>
      </div>
      <h2 className="card-subheading">{text.dataHeading}</h2>
      {type ? (
        <div className="issue-grid">
          <CertificateDataFields fields={fields} />
        </div>
      ) : (
        <Empty description={text.chooseType} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      <Button type="primary" htmlType="submit" loading={issue.isPending} disabled={!type}>
        {text.submit}
      </Button>
    </Form>
  );
}
