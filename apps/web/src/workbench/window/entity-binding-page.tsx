import { useMutation } from '@tanstack/react-query';
import { OverrideBindingSchema } from '@yici/contracts';
import { Alert, Button, Card, Form, Input } from 'antd';
import { api } from '../../api/client';
import type { OverrideBindingInput } from '../../api/staff.endpoints';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import '../workbench.css';

const title = messages.workbench.tools.overrideBinding.title;
const text = messages.workbench.window;

/** 单位绑定人工核验: binds a legal representative whose USCC fails its check, with the reason on record. */
export function EntityBindingPage() {
  const [form] = Form.useForm<OverrideBindingInput>();
  const bind = useMutation({
    mutationFn: (values: OverrideBindingInput) =>
      api.overrideEntityBinding({
        uscc: values.uscc.trim().toUpperCase(),
        accountId: values.accountId.trim(),
        reason: values.reason.trim(),
      }),
    onSuccess: () => form.resetFields(),
  });
  const required = (label: string) => ({ required: true, whitespace: true, message: text.required(label) });
  return (
    <div className="page" data-testid="entity-binding-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.overrideIntro}</p>
      <Card className="workbench-form">
        <Form<OverrideBindingInput>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => bind.mutate(values)}
          onValuesChange={() => bind.reset()}
        >
          {bind.isError && <ProblemAlert error={bind.error} />}
          {bind.data && (
            <Alert
              type="success"
              showIcon
              className="form-result"
              title={text.overridden(bind.data.entityName, bind.data.holderName)}
            />
          )}
          <Form.Item name="uscc" label={text.uscc} rules={[required(text.uscc)]}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="accountId" label={text.accountId} rules={[required(text.accountId)]}>
            <Input placeholder={text.accountIdPlaceholder} maxLength={64} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={text.reason}
            rules={[required(text.reason), contractRule(OverrideBindingSchema.shape.reason)]}
          >
            <Input.TextArea placeholder={text.reasonPlaceholder} maxLength={200} showCount rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={bind.isPending}>
            {text.override}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
