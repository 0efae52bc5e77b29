import { LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm } from 'antd';
import { messages } from '../../messages';
import { useLogout } from './use-logout';

const text = messages.account;

export function AccountSecurity() {
  const logout = useLogout();
  return (
    <Card title={text.securityHeading} data-testid="account-security">
      <div className="account-actions">
        <Button
          icon={<LogoutOutlined />}
          onClick={() => logout.mutate('this_device')}
          loading={logout.isPending && logout.variables === 'this_device'}
          data-testid="logout"
        >
          {text.logout}
        </Button>
        <Popconfirm
          title={text.logoutEverywhere}
          description={text.logoutEverywhereConfirm}
          okText={text.confirm}
          cancelText={text.cancel}
          onConfirm={() => logout.mutate('everywhere')}
        >
          <Button
            danger
            loading={logout.isPending && logout.variables === 'everywhere'}
            data-testid="logout-everywhere"
          >
            {text.logoutEverywhere}
          </Button>
        </Popconfirm>
      </div>
    </Card>
  );
}
