import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BindEntitySchema } from '@yici/contracts';
import { Alert, App, Button, Form, Input } from 'antd';
import { Link } from 'react-router';
import { api, hasProblemCode } from '../../api/client';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { ProblemAlert } from '../../shared/problem-alert';
import { sessionQueries } from '../../shared/session/session.queries';

const text = messages.entities;

/** The legal representative binds an entity by its USCC; a code failing its check goes to a window. */
export function BindEntityForm() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ uscc: string }>();
  const bind = useMutation({
    mutationFn: (uscc: string) => api.bindEntity({ uscc }),
    onSuccess: async (binding) => {
      form.resetFields();
      void message.success(text.bound(binding.entityName));
      await queryClient.refetchQueries({ queryKey: sessionQueries.me().queryKey });
    },
  });
  const windowProblem = hasProblemCode(bind.error, 'USCC_CHECK_FAILED') ? bind.error.problem : null;

  return (
    <Form<{ uscc: string }>
      form={form}
      layout="inline"
      requiredMark={false}
      onFinish={(values) => bind.mutate(values.uscc.trim().toUpperCase())}
      data-testid="bind-entity-form"
      className="inline-form"
    >
      <Form.Item
        name="uscc"
        label={text.uscc}
        rules={[
          { required: true, whitespace: true, message: text.usccRequired },
          contractRule(BindEntitySchema.shape.uscc),
        ]}
      >
        <Input placeholder={text.usccPlaceholder} maxLength={18} className="uscc-input" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={bind.isPending}>
          {text.bind}
        </Button>
      </Form.Item>
      {windowProblem ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="form-feedback"
          data-testid="uscc-window-warning"
          title={windowProblem.title}
          description={
            <>
              {windowProblem.detail && <p>{windowProblem.detail}</p>}
              <p>
                {text.usccWindowHint}
                <Link to="/service-points">{text.findServicePoint}</Link>
              </p>
            </>
          }
        />
      ) : (
        bind.isError && (
          <div className="form-feedback">
            <ProblemAlert error={bind.error} />
          </div>
        )
      )}
    </Form>
  );
}
