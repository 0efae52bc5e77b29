import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Certificate, ShareCode } from '@yici/contracts';
import { Alert, Button, QRCode, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ProblemAlert } from '../../shared/problem-alert';
import { certificateQueries } from './certificates.queries';

const text = messages.certificates.share;
const MINUTE_CHOICES = [1, 3, 5, 10];

type ShareCodePanelProps = { certificate: Certificate; canShare: boolean };

/**
 * 亮证码: the holder shows a QR code and a 12-character code to someone in front of them, who
 * then sees the certificate's content for the minutes chosen. Each view lands in the holder's
 * data-use log; the code is never stored on this device.
 */
export function ShareCodePanel({ certificate, canShare }: ShareCodePanelProps) {
  const queryClient = useQueryClient();
  const [minutes, setMinutes] = useState(5);
  const refreshDetail = () =>
    queryClient.invalidateQueries({ queryKey: certificateQueries.detail(certificate.identifier).queryKey });
  const create = useMutation({
    mutationFn: () => api.createShareCode(certificate.identifier, { minutes }),
    onSuccess: refreshDetail,
  });
  const stop = useMutation({
    mutationFn: () => api.endShareCodes(certificate.identifier),
    onSuccess: async () => {
      create.reset();
      await refreshDetail();
    },
  });
  if (certificate.status !== 'valid') return <p className="muted">{text.notValid}</p>;
  if (!canShare) return <Alert type="info" showIcon title={text.needsPhone} />;
  return (
    <div data-testid="share-code-panel">
      <p className="muted">{text.intro}</p>
      {create.isError && <ProblemAlert error={create.error} />}
      {stop.isError && <ProblemAlert error={stop.error} />}
      {stop.isSuccess && !create.data && <Alert type="info" showIcon className="form-result" title={text.stopped} />}
      {create.data && <ShownCode share={create.data} />}
      <Space wrap>
        <Select
          aria-label={text.minutes}
          value={minutes}
          onChange={setMinutes}
          options={MINUTE_CHOICES.map((value) => ({ value, label: text.minutesOption(value) }))}
        />
        <Button
          type="primary"
          loading={create.isPending}
          onClick={() => {
            stop.reset();
            create.mutate();
          }}
          data-testid="make-share-code"
        >
          {create.data ? text.again : text.submit}
        </Button>
        {create.data && (
          <Button danger loading={stop.isPending} onClick={() => stop.mutate()} data-testid="stop-share-code">
            {text.stop}
          </Button>
        )}
      </Space>
    </div>
  );
}

function ShownCode({ share }: { share: ShareCode }) {
  const left = useSecondsUntil(share.expiresAt);
  if (left <= 0) return <Alert type="warning" showIcon className="form-result" title={text.expired} />;
  return (
    <div className="share-code" data-testid="share-code" data-link={share.link}>
      <QRCode value={share.link} size={168} aria-label={text.qrLabel} />
      <div>
        <span className="muted">{text.code}</span>
        <Typography.Title level={3} className="share-code-text" data-testid="share-code-text" copyable>
          {share.code}
        </Typography.Title>
        <p className="muted">{text.left(Math.floor(left / 60), left % 60)}</p>
      </div>
    </div>
  );
}

/** Whole seconds until an instant, ticking once a second. */
function useSecondsUntil(iso: string): number {
  const until = Date.parse(iso);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.ceil((until - now) / 1000));
}
