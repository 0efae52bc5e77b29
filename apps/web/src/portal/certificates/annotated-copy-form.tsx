import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Certificate } from '@yici/contracts';
import { Alert, Button, DatePicker, Form, Input, type DatePickerProps } from 'antd';
import { api } from '../../api/client';
import type { CertificateCopyInput } from '../../api/certificates.endpoints';
import { messages } from '../../messages';
import { fieldErrorsOf } from '../../shared/form-problems';
import { formatDate } from '../../shared/format-time';
import { ProblemAlert } from '../../shared/problem-alert';
import { AnnotatedCopyResult } from './annotated-copy-result';
import { certificateQueries } from './certificates.queries';

type DateValue = Parameters<NonNullable<DatePickerProps['disabledDate']>>[0];
type CopyValues = { purpose: string; caseId?: string; expiresOn: DateValue };

const text = messages.certificates.copy;
const FIELDS = ['purpose', 'caseId', 'expiresOn'] as const;
const DAY = 'YYYY-MM-DD';

function toRequest(values: CopyValues): CertificateCopyInput {
  const caseId = values.caseId?.trim();
  return { purpose: values.purpose.trim(), caseId: caseId || undefined, expiresOn: values.expiresOn.format(DAY) };
}

type AnnotatedCopyFormProps = { certificate: Certificate; canShare: boolean };

/** 生成加注件: a copy only for one purpose, until a day after today and no later than the certificate. */
export function AnnotatedCopyForm({ certificate, canShare }: AnnotatedCopyFormProps) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CopyValues>();
  const create = useMutation({
    mutationFn: (values: CopyValues) => api.createCertificateCopy(certificate.identifier, toRequest(values)),
    onSuccess: async () => {
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: certificateQueries.detail(certificate.identifier).queryKey });
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, FIELDS).fields),
  });
  if (certificate.status !== 'valid') return <p className="muted">{text.notValid}</p>;
  if (!canShare) return <Alert type="info" showIcon title={text.needsPhone} />;
  // Beijing time: the server compares with its own calendar day.
  const today = formatDate(new Date().toISOString());
  const isOutside = (day: DateValue) => {
    const date = day.format(DAY);
    return date <= today || (certificate.validTo !== null && date > certificate.validTo);
  };
  return (
    <Form<CopyValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => create.mutate(values)}
      data-testid="annotated-copy-form"
    >
      <p className="muted">{text.intro}</p>
      {create.isError && fieldErrorsOf(create.error, FIELDS).rest && <ProblemAlert error={create.error} />}
      {create.data && <AnnotatedCopyResult copy={create.data} />}
      <Form.Item
        name="purpose"
        label={text.purpose}
        rules={[{ required: true, whitespace: true, min: 2, max: 60, message: text.purposeRequired }]}
      >
        <Input placeholder={text.purposePlaceholder} maxLength={60} showCount />
      </Form.Item>
      <Form.Item name="caseId" label={text.caseId}>
        <Input placeholder={text.caseIdPlaceholder} maxLength={64} />
      </Form.Item>
      <Form.Item name="expiresOn" label={text.expiresOn} rules={[{ required: true, message: text.expiresOnRequired }]}>
        <DatePicker disabledDate={isOutside} className="full-width" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {text.submit}
      </Button>
    </Form>
  );
}
