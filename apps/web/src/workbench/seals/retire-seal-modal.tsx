import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Seal } from '@yici/contracts';
import { Alert, App, DatePicker, Form, Input, Modal, type DatePickerProps } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { fieldErrorsOf } from '../../shared/form-problems';
import { ProblemAlert } from '../../shared/problem-alert';
import { sealQueries } from './seals.queries';
import type { SealAction } from './seals-table';

const text = messages.workbench.seals;
const FIELDS = ['reason', 'revokedFrom'] as const;

type InstantValue = Parameters<NonNullable<DatePickerProps['disabledDate']>>[0];
type RetireValues = { reason: string; revokedFrom?: InstantValue | null };

type RetireSealModalProps = { target: { seal: Seal; action: SealAction } | null; onClose: () => void };

/**
 * Rotating or revoking a seal: both ask for a reason, which goes to the audit log. A revocation
 * may state since when the key is compromised (what it signed from then on becomes invalid);
 * left empty, it is now.
 */
export function RetireSealModal({ target, onClose }: RetireSealModalProps) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<RetireValues>();
  const retire = useMutation({
    mutationFn: ({ seal, action, reason, revokedFrom }: { seal: Seal; action: SealAction } & RetireValues) =>
      action === 'rotate'
        ? api.rotateSeal(seal.id, { reason })
        : api.revokeSeal(seal.id, { reason, ...(revokedFrom ? { revokedFrom: revokedFrom.toISOString() } : {}) }),
    onSuccess: async (_result, { seal, action }) => {
      void message.success(action === 'rotate' ? text.rotated(seal.ownerName) : text.revoked(seal.ownerName));
      onClose();
      await queryClient.invalidateQueries({ queryKey: sealQueries.all().queryKey });
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, FIELDS).fields),
  });
  const isRotate = target?.action === 'rotate';
  const title = target ? (isRotate ? text.rotateTitle : text.revokeTitle)(target.seal.ownerName) : '';
  return (
    <Modal
      title={title}
      open={target !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={isRotate ? text.confirmRotate : text.confirmRevoke}
      okButtonProps={{ danger: !isRotate }}
      cancelText={text.cancel}
      confirmLoading={retire.isPending}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (!open) retire.reset();
      }}
    >
      {target && (
        <Form<RetireValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) =>
            retire.mutate({ ...target, reason: values.reason.trim(), revokedFrom: values.revokedFrom ?? null })
          }
          data-testid="retire-seal-form"
        >
          <Alert
            type={isRotate ? 'info' : 'warning'}
            showIcon
            className="form-result"
            title={isRotate ? text.rotateHint : text.revokeHint}
          />
          {retire.isError && fieldErrorsOf(retire.error, FIELDS).rest && <ProblemAlert error={retire.error} />}
          <Form.Item
            name="reason"
            label={text.reason}
            rules={[{ required: true, whitespace: true, min: 2, max: 200, message: text.reasonRequired }]}
          >
            <Input.TextArea placeholder={text.reasonPlaceholder} maxLength={200} showCount rows={3} />
          </Form.Item>
          {!isRotate && (
            <Form.Item name="revokedFrom" label={text.revokedFromLabel} extra={text.revokedFromHint}>
              <DatePicker showTime disabledDate={(day) => day.valueOf() > Date.now()} />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
