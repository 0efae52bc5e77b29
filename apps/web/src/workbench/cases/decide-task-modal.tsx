import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Task } from '@yici/contracts';
import { Button, Form, Input, Radio } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useTaskAction } from './use-task-action';

const text = messages.cases.task;

type DecideValues = {
  decision: 'grant' | 'deny';
  reason: string;
  overrides?: { key?: string; value?: string }[];
};
type DecideTaskModalProps = { task: Task; open: boolean; onClose: () => void };

/** Certificate fields the form does not give, as the approver typed them; empty rows are dropped. */
function resultDataOf(overrides: DecideValues['overrides']): Record<string, string> | undefined {
  const entries = (overrides ?? [])
    .map((row) => [row.key?.trim() ?? '', row.value?.trim() ?? ''] as const)
    .filter(([key]) => key !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** 决定: grant (the certificate is issued from the form) or deny, always with a reason. */
export function DecideTaskModal({ task, open, onClose }: DecideTaskModalProps) {
  const decide = useTaskAction({ task, perform: api.decideTask, done: text.done.decide, onDone: onClose });
  return (
    <ActionModal<DecideValues>
      title={`${text.decide} · ${task.name}`}
      open={open}
      onClose={onClose}
      action="decide"
      width={680}
      isPending={decide.isPending}
      error={decide.error}
      initialValues={{ decision: 'grant', reason: text.grantReasonDefault, overrides: [] }}
      onSubmit={(values) =>
        decide.mutate({
          decision: values.decision,
          reason: values.reason.trim(),
          resultData: values.decision === 'grant' ? resultDataOf(values.overrides) : undefined,
          version: task.version,
        })
      }
    >
      <Form.Item name="decision" label={text.decision}>
        <Radio.Group
          options={[
            { value: 'grant', label: text.grant },
            { value: 'deny', label: text.deny },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={text.reason}
        rules={[{ required: true, whitespace: true, min: 2, max: 2000, message: text.reasonRequired }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item noStyle dependencies={['decision']}>
        {({ getFieldValue }) =>
          getFieldValue('decision') === 'grant' && (
            <>
              <h3 className="card-subheading">{text.overridesHeading}</h3>
              <p className="muted">{text.overridesHint}</p>
              <Form.List name="overrides">
                {(rows, { add, remove }) => (
                  <>
                    {rows.map((row) => (
                      <div key={row.key} className="override-row">
                        <Form.Item
                          name={[row.name, 'key']}
                          rules={[{ required: true, whitespace: true, message: text.overrideKeyRequired }]}
                        >
                          <Input placeholder={text.overrideKey} aria-label={text.overrideKey} maxLength={64} />
                        </Form.Item>
                        <Form.Item name={[row.name, 'value']}>
                          <Input placeholder={text.overrideValue} aria-label={text.overrideValue} maxLength={500} />
                        </Form.Item>
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          onClick={() => remove(row.name)}
                          aria-label={messages.cases.actions.cancel}
                        />
                      </div>
                    ))}
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ key: '', value: '' })}>
                      {text.addOverride}
                    </Button>
                  </>
                )}
              </Form.List>
            </>
          )
        }
      </Form.Item>
    </ActionModal>
  );
}
