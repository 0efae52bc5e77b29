import { IdcardOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import '../workbench.css';

const title = messages.workbench.tools.verifyInPerson.title;
const text = messages.workbench.window;

/** 当面核验: the clerk saw the person and their identity card; the account reaches the highest level. */
export function VerifyInPersonPage() {
  const [form] = Form.useForm<{ accountId: string }>();
  const verify = useMutation({
    mutationFn: (accountId: string) => api.verifyInPerson({ accountId }),
    onSuccess: () => form.resetFields(),
  });
  return (
    <div className="page" data-testid="verify-in-person-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.verifyIntro}</p>
      <Card className="workbench-form">
        <Form<{ accountId: string }>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => verify.mutate(values.accountId.trim())}
          onValuesChange={() => verify.reset()}
        >
          {verify.isError && <ProblemAlert error={verify.error} />}
          {verify.isSuccess && <Alert type="success" showIcon title={text.verified} className="form-result" />}
          <Form.Item
            name="accountId"
            label={text.accountId}
            rules={[{ required: true, whitespace: true, message: text.accountIdRequired }]}
          >
            <Input placeholder={text.accountIdPlaceholder} maxLength={64} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<IdcardOutlined />} loading={verify.isPending}>
            {text.verify}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
