import { IdcardOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ProblemAlert } from '../../shared/problem-alert';

const text = messages.realName;

/** The second level: name and ID number compared with the population registry. */
export function RegistryCheck({ onVerified }: { onVerified: () => Promise<void> }) {
  const { message } = App.useApp();
  const check = useMutation({
    mutationFn: () => api.verifyRealNameByRegistry(),
    onSuccess: async () => {
      void message.success(text.registryDone);
      await onVerified();
    },
  });
  return (
    <div data-testid="registry-check">
      <p>{text.registryIntro}</p>
      {check.isError && <ProblemAlert error={check.error} />}
      <Button
        type="primary"
        size="large"
        block
        icon={<IdcardOutlined />}
        loading={check.isPending}
        onClick={() => check.mutate()}
      >
        {text.registryButton}
      </Button>
    </div>
  );
}
