import type { Case } from '@yici/contracts';
import { Checkbox, Empty, Form, Input } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useCaseAction } from './use-case-action';

const text = messages.cases.actions;

type DeferredValues = { deferred: Record<string, { defer?: boolean; supplyBy?: string }>; promise: string };
type AcceptDeferredModalProps = { theCase: Case; open: boolean; onClose: () => void };

/** 容缺受理: minor materials may follow by a date the applicant promises; the server checks the dates. */
export function AcceptDeferredModal({ theCase, open, onClose }: AcceptDeferredModalProps) {
  const accept = useCaseAction({ theCase, perform: api.acceptCaseDeferred, done: text.done.deferred, onDone: onClose });
  const deferrable = theCase.materials.filter((material) => material.deferrable && material.state === 'missing');
  return (
    <ActionModal<DeferredValues>
      title={text.acceptDeferred}
      hint={text.acceptDeferredHint}
      open={open}
      onClose={onClose}
      action="accept-deferred"
      width={680}
      isPending={accept.isPending}
      error={accept.error}
      initialValues={{ promise: text.promiseDefault }}
      onSubmit={({ deferred, promise }) =>
        accept.mutate({
          materials: Object.entries(deferred ?? {})
            .filter(([, choice]) => choice.defer && choice.supplyBy)
            .map(([materialKey, choice]) => ({ materialKey, supplyBy: choice.supplyBy! })),
          promise: promise.trim(),
        })
      }
    >
      {deferrable.length === 0 && (
        <Empty description={text.acceptDeferredBlocked} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {deferrable.map((material) => (
        <div key={material.key} className="correction-row">
          <Form.Item name={['deferred', material.key, 'defer']} valuePropName="checked">
            <Checkbox>{material.name}</Checkbox>
          </Form.Item>
          <Form.Item
            name={['deferred', material.key, 'supplyBy']}
            dependencies={[['deferred', material.key, 'defer']]}
            rules={[
              ({ getFieldValue }) => ({
                required: getFieldValue(['deferred', material.key, 'defer']) === true,
                message: text.supplyByRequired,
              }),
            ]}
          >
            <Input type="date" aria-label={`${text.supplyBy}：${material.name}`} />
          </Form.Item>
          <span />
        </div>
      ))}
      <Form.Item
        name="promise"
        label={text.promise}
        rules={[{ required: true, whitespace: true, min: 10, max: 1000, message: text.promiseRequired }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </ActionModal>
  );
}
