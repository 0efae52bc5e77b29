import { StaffRoleSchema } from '@yici/contracts';
import { messages } from '../../messages';

export const STAFF_ROLE_OPTIONS = StaffRoleSchema.options.map((role) => ({
  value: role,
  label: messages.workbench.roles[role],
}));
