import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ProblemAlert } from '../../shared/problem-alert';
import { summariseVerification } from './audit-verification';

/** 校验哈希链: recomputes every digest on the server and names the first broken entry. */
export function AuditChainCheck() {
  const verify = useMutation({ mutationFn: () => api.verifyAuditChain() });
  const summary = verify.data ? summariseVerification(verify.data) : null;
  return (
    <div>
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
        data-testid="verify-audit-chain"
      >
        {messages.workbench.audit.verify}
      </Button>
      <div className="audit-result-slot">
        {verify.isError && <ProblemAlert error={verify.error} />}
        {summary && (
          <Alert
            type={summary.isIntact ? 'success' : 'error'}
            showIcon
            role={summary.isIntact ? 'status' : 'alert'}
            data-testid="audit-verification"
            data-ok={String(summary.isIntact)}
            title={summary.title}
            description={summary.lines.map((line) => (
              <p key={line} className="audit-hash">
                {line}
              </p>
            ))}
          />
        )}
      </div>
    </div>
  );
}
