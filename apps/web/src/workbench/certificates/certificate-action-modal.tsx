import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Certificate, CertificateField } from '@yici/contracts';
import { Alert, Form, Input, Modal, type FormInstance } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { fieldErrorsOf } from '../../shared/form-problems';
import { ProblemAlert } from '../../shared/problem-alert';
import type { ActionOutcome } from './certificate-action-result';
import { CertificateDataFields } from './certificate-data-fields';
import { managedCertificateQueries } from './managed-certificate.queries';
import {
  correctionFormData,
  toReplaceRequest,
  type CertificateAction,
  type CertificateActionValues,
} from './replace-request';

const text = messages.workbench.manage;
const DATA_PREFIX = 'data.';

type FieldUpdate = Parameters<FormInstance<CertificateActionValues>['setFields']>[0][number];

/** The server names data fields `data.<key>`; the form keeps them under ['data', key]. */
function fieldUpdate({ name, errors }: { name: string; errors: string[] }): FieldUpdate {
  if (name.startsWith(DATA_PREFIX)) return { name: ['data', name.slice(DATA_PREFIX.length)], errors };
  return { name: name as keyof CertificateActionValues, errors };
}

function performAction(options: {
  certificate: Certificate;
  fields: readonly CertificateField[];
  action: CertificateAction;
  values: CertificateActionValues;
}): Promise<Certificate> {
  const { certificate, fields, action, values } = options;
  if (action === 'revoke') return api.revokeCertificate(certificate.identifier, { reason: values.reason.trim() });
  return api.replaceCertificate(certificate.identifier, toReplaceRequest(action, values, fields));
}

type CertificateActionModalProps = {
  certificate: Certificate;
  fields: readonly CertificateField[];
  action: CertificateAction | null;
  onClose: () => void;
  onActed: (outcome: ActionOutcome) => void;
};

/** Every action asks for a reason, which the certificate's history and the audit log keep; 换发 also edits the data. */
export function CertificateActionModal({ certificate, fields, action, onClose, onActed }: CertificateActionModalProps) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CertificateActionValues>();
  const fieldNames = ['reason', ...fields.map((field) => `${DATA_PREFIX}${field.key}`)];
  const act = useMutation({
    mutationFn: (input: { action: CertificateAction; values: CertificateActionValues }) =>
      performAction({ certificate, fields, ...input }),
    onSuccess: async (result, input) => {
      onActed({ action: input.action, certificate: result });
      onClose();
      await queryClient.invalidateQueries({ queryKey: managedCertificateQueries.all() });
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, fieldNames).fields.map(fieldUpdate)),
  });
  const isRevoke = action === 'revoke';
  return (
    <Modal
      title={action ? text.titles[action](certificate.type.name) : ''}
      open={action !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? text.confirm[action] : ''}
      okButtonProps={{ danger: isRevoke, 'data-testid': 'confirm-action' }}
      cancelText={text.cancel}
      confirmLoading={act.isPending}
      width={action === 'replace' ? 760 : 520}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (!open) act.reset();
      }}
    >
      {action && (
        <Form<CertificateActionValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ data: correctionFormData(certificate.data, fields) }}
          onFinish={(values) => act.mutate({ action, values })}
          data-testid="certificate-action-form"
          data-action={action}
        >
          <Alert type={isRevoke ? 'warning' : 'info'} showIcon className="form-result" title={text.hints[action]} />
          {act.isError && fieldErrorsOf(act.error, fieldNames).rest && <ProblemAlert error={act.error} />}
          <Form.Item
            name="reason"
            label={text.reason}
            rules={[{ required: true, whitespace: true, min: 2, max: 200, message: text.reasonRequired }]}
          >
            <Input.TextArea placeholder={text.reasonPlaceholder[action]} maxLength={200} showCount rows={2} />
          </Form.Item>
          {action === 'replace' && (
            <>
              <h3 className="card-subheading">{text.dataHeading}</h3>
              <div className="issue-grid">
                <CertificateDataFields fields={fields} datesAsText />
              </div>
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}
