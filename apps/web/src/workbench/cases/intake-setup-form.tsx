import { useQuery } from '@tanstack/react-query';
import type { ApplicantRef, ApplicationTarget, Me, ServicePoint } from '@yici/contracts';
import { Button, Form, Input, Radio, Select } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';

const text = messages.cases.intake;
const COUNTY_CODE_LENGTH = 6;

export type IntakeSetup = { servicePointId: string; applicant: ApplicantRef; target: ApplicationTarget };

type SetupValues = {
  servicePointId: string;
  applicantKind: ApplicantRef['kind'];
  applicantId: string;
  targetKind: ApplicationTarget['kind'];
  bundleId?: string;
  implementationCode?: string;
};

/** A bundle is handled where the hall is: its county, as the departments that decide sit there. */
function bundleRegionOf(hall: ServicePoint): string {
  return hall.regionCode.length > COUNTY_CODE_LENGTH ? hall.regionCode.slice(0, COUNTY_CODE_LENGTH) : hall.regionCode;
}

type IntakeSetupFormProps = { me: Me; onStart: (setup: IntakeSetup) => void };

/** 一窗受理, first: at which hall, for whom, and for what. */
export function IntakeSetupForm({ me, onStart }: IntakeSetupFormProps) {
  const [form] = Form.useForm<SetupValues>();
  const targetKind = Form.useWatch('targetKind', form);
  const halls = useQuery({
    queryKey: ['workbench', 'halls', me.regionCode],
    queryFn: ({ signal }) =>
      api.listServicePoints({ region: me.regionCode ?? '37', kind: 'hall', pageSize: 100 }, signal),
  });
  const bundles = useQuery({ queryKey: ['workbench', 'bundles'], queryFn: ({ signal }) => api.listBundles(signal) });
  const start = (values: SetupValues) => {
    const hall = halls.data?.items.find((candidate) => candidate.id === values.servicePointId);
    if (!hall) return;
    const target: ApplicationTarget =
      values.targetKind === 'bundle'
        ? { kind: 'bundle', bundleId: values.bundleId!, regionCode: bundleRegionOf(hall) }
        : { kind: 'item', implementationCode: values.implementationCode!.trim() };
    onStart({
      servicePointId: hall.id,
      applicant: { kind: values.applicantKind, id: values.applicantId.trim().toUpperCase() },
      target,
    });
  };
  return (
    <Form<SetupValues>
      form={form}
      layout="vertical"
      className="workbench-form"
      initialValues={{ applicantKind: 'person', targetKind: 'bundle' }}
      onFinish={start}
      data-testid="intake-setup-form"
    >
      <Form.Item
        name="servicePointId"
        label={text.servicePoint}
        rules={[{ required: true, message: text.servicePointRequired }]}
      >
        <Select
          loading={halls.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(halls.data?.items ?? []).map((hall) => ({ value: hall.id, label: hall.name }))}
        />
      </Form.Item>
      <Form.Item name="applicantKind" label={text.applicantKind}>
        <Radio.Group
          options={[
            { value: 'person', label: text.person },
            { value: 'legal_person', label: text.legalPerson },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="applicantId"
        label={text.applicantId}
        rules={[{ required: true, whitespace: true, len: 18, message: text.applicantIdRequired }]}
      >
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="targetKind" label={text.targetKind}>
        <Radio.Group
          options={[
            { value: 'bundle', label: text.bundle },
            { value: 'item', label: text.item },
          ]}
        />
      </Form.Item>
      {targetKind === 'item' ? (
        <Form.Item
          name="implementationCode"
          label={text.implementationCode}
          rules={[{ required: true, whitespace: true, len: 31, message: text.implementationCodeRequired }]}
        >
          <Input maxLength={31} />
        </Form.Item>
      ) : (
        <Form.Item name="bundleId" label={text.bundleId} rules={[{ required: true, message: text.bundleRequired }]}>
          <Select
            loading={bundles.isPending}
            options={(bundles.data ?? []).map((bundle) => ({ value: bundle.id, label: bundle.name }))}
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit">
        {text.start}
      </Button>
    </Form>
  );
}
