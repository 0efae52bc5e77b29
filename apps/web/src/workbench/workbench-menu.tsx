import { AppstoreOutlined, DownOutlined } from '@ant-design/icons';
import type { Me } from '@yici/contracts';
import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { messages } from '../messages';
import { toolsFor } from './workbench-tools';

const text = messages.workbench;

/** 工作台: the tools the staff member's roles open, and the workbench home. */
export function WorkbenchMenu({ me }: { me: Me }) {
  const navigate = useNavigate();
  const items = [
    { key: '/workbench', label: text.heading },
    ...toolsFor(me.roles).map((tool) => ({ key: tool.path, label: text.tools[tool.key].title })),
  ];
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => void navigate(key) }}>
      <Button
        type="text"
        className="app-account-button"
        icon={<AppstoreOutlined />}
        aria-label={text.menu}
        data-testid="workbench-menu"
      >
        <span className="app-account-label">{text.menu}</span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
