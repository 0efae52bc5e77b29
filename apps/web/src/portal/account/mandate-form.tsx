import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@yici/contracts';
import { App, Button, Checkbox, DatePicker, Form, Input, Radio, Select, type DatePickerProps } from 'antd';
import { api } from '../../api/client';
import type { CreateMandateInput } from '../../api/identity.endpoints';
import { messages } from '../../messages';
import { catalogQueries } from '../../public/catalog/catalog.queries';
import { fieldErrorsOf } from '../../shared/form-problems';
import { ProblemAlert } from '../../shared/problem-alert';
import { accountQueries } from './account.queries';

type DateValue = Parameters<NonNullable<DatePickerProps['disabledDate']>>[0];
type MandateValues = Omit<CreateMandateInput, 'validTo'> & { validTo: DateValue };

const text = messages.mandates;
const FIELDS = ['agentLogin', 'scopeKind', 'caseId', 'bundleId', 'actions', 'validTo'] as const;
const ACTIONS = (['apply', 'supply_materials', 'view', 'receive_results'] as const).map((action) => ({
  value: action,
  label: text.actionLabels[action],
}));
const SCOPES = (['period', 'bundle', 'case'] as const).map((scope) => ({ value: scope, label: text.scopes[scope] }));

/** A mandate ends at the close of the chosen day. */
function toRequest(values: MandateValues): CreateMandateInput {
  return {
    agentLogin: values.agentLogin.trim(),
    scopeKind: values.scopeKind,
    caseId: values.scopeKind === 'case' ? values.caseId?.trim() : undefined,
    bundleId: values.scopeKind === 'bundle' ? values.bundleId : undefined,
    actions: values.actions,
    validTo: values.validTo.endOf('day').toISOString(),
  };
}

/** 新建委托: whom, for what scope, which actions, until when. */
export function MandateForm({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<MandateValues>();
  const scopeKind = Form.useWatch('scopeKind', form);
  const bundles = useQuery({ ...catalogQueries.bundles(), enabled: scopeKind === 'bundle' });
  const create = useMutation({
    mutationFn: (values: MandateValues) => api.createMandate(toRequest(values)),
    onSuccess: async (mandate) => {
      form.resetFields();
      void message.success(text.created(mandate.agentName));
      await queryClient.invalidateQueries({ queryKey: accountQueries.grantedMandates().queryKey });
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, FIELDS).fields),
  });

  return (
    <Form<MandateValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      className="mandate-form"
      initialValues={{ scopeKind: 'period', actions: ['apply', 'view'] }}
      onFinish={(values) => create.mutate(values)}
      data-testid="mandate-form"
    >
      {me.actingFor && <p className="muted">{text.asEntity(me.actingFor.name)}</p>}
      {create.isError && fieldErrorsOf(create.error, FIELDS).rest && <ProblemAlert error={create.error} />}
      <Form.Item
        name="agentLogin"
        label={text.agentLogin}
        rules={[{ required: true, whitespace: true, message: text.agentRequired }]}
      >
        <Input placeholder={text.agentLoginPlaceholder} maxLength={64} />
      </Form.Item>
      <Form.Item name="scopeKind" label={text.scopeKind}>
        <Radio.Group options={SCOPES} optionType="button" />
      </Form.Item>
      {scopeKind === 'case' && (
        <Form.Item name="caseId" label={text.caseId} rules={[{ required: true, message: text.caseRequired }]}>
          <Input maxLength={64} />
        </Form.Item>
      )}
      {scopeKind === 'bundle' && (
        <Form.Item name="bundleId" label={text.bundleId} rules={[{ required: true, message: text.bundleRequired }]}>
          <Select
            placeholder={text.bundlePlaceholder}
            loading={bundles.isFetching}
            options={(bundles.data ?? []).map((bundle) => ({ value: bundle.id, label: bundle.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      )}
      <Form.Item name="actions" label={text.actions} rules={[{ required: true, message: text.actionsRequired }]}>
        <Checkbox.Group options={ACTIONS} />
      </Form.Item>
      <Form.Item name="validTo" label={text.validTo} rules={[{ required: true, message: text.validToRequired }]}>
        <DatePicker disabledDate={(day) => day.endOf('day').valueOf() < Date.now()} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {text.submit}
      </Button>
    </Form>
  );
}
