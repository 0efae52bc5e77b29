import type { Me } from '@yici/contracts';
import { App as AntApp } from 'antd';
import { IdentitySwitcher } from '../portal/account/identity-switcher';
import { UserMenu } from '../portal/account/user-menu';
import { WorkbenchMenu } from '../workbench/workbench-menu';

/** The header's menus for someone logged in, with the feedback hooks they use (logout, switching). */
export function AccountWidgets({ me }: { me: Me }) {
  return (
    <AntApp component={false}>
      {me.kind === 'person' && me.entities.length > 0 && <IdentitySwitcher me={me} />}
      {me.kind === 'staff' && <WorkbenchMenu me={me} />}
      <UserMenu me={me} />
    </AntApp>
  );
}
