import type { Me } from '@yici/contracts';
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { homePathOf } from '../../shared/session/session-access';
import { useLogout } from './use-logout';

/** The login and register pages for someone already logged in: carry on, or log out first. */
export function AlreadyLoggedIn({ me }: { me: Me }) {
  const logout = useLogout();
  return (
    <Result
      status="info"
      title={messages.login.welcome(me.name ?? '')}
      data-testid="already-logged-in"
      extra={[
        <Link key="home" to={homePathOf(me)}>
          <Button type="primary">{me.kind === 'staff' ? messages.workbench.heading : messages.menu.account}</Button>
        </Link>,
        <Button key="logout" onClick={() => logout.mutate('this_device')} loading={logout.isPending}>
          {messages.menu.logout}
        </Button>,
      ]}
    />
  );
}
