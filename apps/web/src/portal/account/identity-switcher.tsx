import { SwapOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@yici/contracts';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { resetPersonalData } from '../../shared/session/session.queries';

const SELF_KEY = 'self';
const text = messages.header;

/** 切换身份: act for oneself or for one of the entities one represents or handles. */
export function IdentitySwitcher({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const actAs = useMutation({
    mutationFn: (uscc: string | null) => api.actAs({ uscc }),
    onSuccess: async (_ok, uscc) => {
      await resetPersonalData(queryClient);
      const entity = me.entities.find((candidate) => candidate.uscc === uscc);
      void message.success(entity ? text.switched(entity.name) : text.switchedToSelf);
    },
    onError: (error) => void message.error(error.message),
  });

  const items: MenuProps['items'] = [
    { key: SELF_KEY, label: text.selfWithName(me.name ?? '') },
    ...me.entities.map((entity) => ({
      key: entity.uscc,
      label: `${entity.name}（${messages.capacity[entity.capacity]}）`,
    })),
  ];
  const current = me.actingFor?.uscc ?? SELF_KEY;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [current],
        onClick: ({ key }) => {
          if (key !== current) actAs.mutate(key === SELF_KEY ? null : key);
        },
      }}
    >
      <Button
        type="text"
        className="app-account-button"
        icon={<SwapOutlined />}
        loading={actAs.isPending}
        data-testid="identity-switcher"
        aria-label={`${text.identityLabel}：${me.actingFor?.name ?? text.self}`}
      >
        <span className="app-account-identity">{me.actingFor?.name ?? text.self}</span>
      </Button>
    </Dropdown>
  );
}
