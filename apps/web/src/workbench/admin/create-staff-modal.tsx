import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateStaffSchema } from '@yici/contracts';
import { App, Form, Input, Select } from 'antd';
import { api } from '../../api/client';
import type { CreateStaffInput } from '../../api/staff.endpoints';
import { messages } from '../../messages';
import { contractRule } from '../../shared/contract-rule';
import { fieldErrorsOf } from '../../shared/form-problems';
import { FormModal } from '../../shared/form-modal';
import { STAFF_QUERY_KEY } from './admin.queries';
import { STAFF_ROLE_OPTIONS } from './staff-role-options';

const text = messages.workbench.staff;
const shape = CreateStaffSchema.shape;
const FIELDS = ['login', 'name', 'phone', 'password', 'roles', 'regionCode', 'departmentId'] as const;

type CreateStaffModalProps = { isOpen: boolean; onClose: () => void };

export function CreateStaffModal({ isOpen, onClose }: CreateStaffModalProps) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateStaffInput>();
  const create = useMutation({
    mutationFn: (values: CreateStaffInput) =>
      api.createStaff({ ...values, departmentId: values.departmentId?.trim() || null }),
    onSuccess: async (account) => {
      void message.success(text.created(account.name));
      form.resetFields();
      onClose();
      await queryClient.invalidateQueries({ queryKey: STAFF_QUERY_KEY });
    },
    onError: (error) => form.setFields(fieldErrorsOf(error, FIELDS).fields),
  });
  const required = (label: string) => ({ required: true, message: text.required(label) });

  return (
    <FormModal<CreateStaffInput, (typeof FIELDS)[number]>
      title={text.create}
      okText={text.save}
      cancelText={text.cancel}
      isOpen={isOpen}
      onClose={onClose}
      form={form}
      fieldNames={FIELDS}
      mutation={create}
      testId="create-staff-form"
    >
      <Form.Item name="login" label={text.login} rules={[required(text.login), contractRule(shape.login)]}>
        <Input placeholder={text.loginPlaceholder} autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={text.name} rules={[required(text.name), contractRule(shape.name)]}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="phone" label={text.phone} rules={[required(text.phone), contractRule(shape.phone)]}>
        <Input maxLength={11} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="password" label={text.password} rules={[required(text.password), contractRule(shape.password)]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="roles" label={text.roles} rules={[{ required: true, message: text.rolesRequired }]}>
        <Select mode="multiple" options={STAFF_ROLE_OPTIONS} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={text.regionCode}
        rules={[required(text.regionCode), contractRule(shape.regionCode)]}
      >
        <Input placeholder={text.regionPlaceholder} maxLength={12} />
      </Form.Item>
      <Form.Item name="departmentId" label={text.departmentId}>
        <Input placeholder={text.departmentPlaceholder} maxLength={64} />
      </Form.Item>
    </FormModal>
  );
}
