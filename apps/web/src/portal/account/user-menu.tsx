import { DownOutlined, UserOutlined } from '@ant-design/icons';
import type { Me } from '@yici/contracts';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { messages } from '../../messages';
import { meetsLevel } from '../../shared/session/session-access';
import { useLogout } from './use-logout';

const LOGOUT_KEY = 'logout';
const text = messages.menu;

function itemsFor(me: Me): MenuProps['items'] {
  const account = { key: '/account', label: text.account };
  const logout = { key: LOGOUT_KEY, label: text.logout, danger: true };
  if (me.kind !== 'person') return [account, { type: 'divider' }, logout];
  return [
    account,
    ...(meetsLevel(me.realNameLevel, 'registry') ? [] : [{ key: '/account/real-name', label: text.realName }]),
    { key: '/portal/cases', label: messages.cases.myCases.heading },
    { key: '/portal/tickets', label: messages.hotline.portal.title },
    { key: '/account/certificates', label: text.certificates },
    { key: '/account/entities', label: text.entities },
    { key: '/account/mandates', label: text.mandates },
    { key: '/account/data-use', label: text.dataUse },
    { key: '/account/sharing-consents', label: text.sharingConsents },
    { type: 'divider' },
    logout,
  ];
}

/** The logged-in person's name, opening their account pages and logout. */
export function UserMenu({ me }: { me: Me }) {
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: itemsFor(me),
        onClick: ({ key }) => (key === LOGOUT_KEY ? logout.mutate('this_device') : void navigate(key)),
      }}
    >
      <Button
        type="text"
        className="app-account-button"
        icon={<UserOutlined />}
        data-testid="user-menu"
        aria-label={`${messages.header.accountMenu}：${me.name ?? ''}`}
      >
        <span className="app-account-name" data-testid="user-name">
          {me.name}
        </span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
