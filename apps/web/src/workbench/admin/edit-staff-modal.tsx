import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UpdateStaffSchema } from '@yici/contracts';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { api } from '../../api/client';
import type { StaffAccount, UpdateStaffInput } from '../../api/staff.endpoints';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { fieldErrorsOf } from '../../shared/form-problems';
import { ProblemAlert } from '../../shared/problem-alert';
import { STAFF_QUERY_KEY } from './admin.queries';
import { STAFF_ROLE_OPTIONS } from './staff-role-options';

const text = messages.workbench.staff;
const FIELDS = ['roles', 'regionCode', 'departmentId', 'status'] as const;
const STATUS_OPTIONS = (['active', 'disabled'] as const).map((status) => ({
  value: status,
  label: text.statuses[status],
}));

type EditValues = {
  roles: StaffAccount['roles'];
  regionCode: string;
  departmentId: string;
  status: StaffAccount['status'];
};
type EditStaffModalProps = { account: StaffAccount | null; onClose: () => void };

/** Roles, data scope and status of one staff account; the login and name stay as created. */
export function EditStaffModal({ account, onClose }: EditStaffModalProps) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useMutation({
    mutationFn: (values: EditValues) => {
      const body: UpdateStaffInput = { ...values, departmentId: values.departmentId?.trim() || null };
      return api.updateStaff(account!.id, body);
    },
    onSuccess: async (saved) => {
      void message.success(text.updated(saved.name));
      onClose();
      await queryClient.invalidateQueries({ queryKey: STAFF_QUERY_KEY });
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, FIELDS).fields),
  });

  return (
    <Modal
      title={account ? text.editTitle(account.name, account.login) : text.edit}
      open={account !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={text.save}
      cancelText={text.cancel}
      confirmLoading={update.isPending}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (!open) update.reset();
      }}
    >
      {account && (
        <Form<EditValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ ...account, departmentId: account.departmentId ?? '' }}
          onFinish={(values) => update.mutate(values)}
          data-testid="edit-staff-form"
        >
          {update.isError && fieldErrorsOf(update.error, FIELDS).rest && <ProblemAlert error={update.error} />}
          <Form.Item name="roles" label={text.roles} rules={[{ required: true, message: text.rolesRequired }]}>
            <Select mode="multiple" options={STAFF_ROLE_OPTIONS} />
          </Form.Item>
          <Form.Item
            name="regionCode"
            label={text.regionCode}
            rules={[
              { required: true, message: text.required(text.regionCode) },
              contractRule(UpdateStaffSchema.shape.regionCode),
            ]}
          >
            <Input placeholder={text.regionPlaceholder} maxLength={12} />
          </Form.Item>
          <Form.Item name="departmentId" label={text.departmentId}>
            <Input placeholder={text.departmentPlaceholder} maxLength={64} />
          </Form.Item>
          <Form.Item name="status" label={text.status}>
            <Radio.Group options={STATUS_OPTIONS} optionType="button" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
