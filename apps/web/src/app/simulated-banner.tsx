import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { messages } from '../messages';

/** The China wall-clock minute of an instant: "2018-09-27 10:00". */
function chinaMinute(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * 模拟环境 says so on every page: a permanent banner with the simulated time. The clock is read
 * every 15 seconds (an administrator may move it) and, when it runs at a rate, ticks in between.
 */
export function SimulatedBanner() {
  const clock = useQuery({
    queryKey: ['platform-clock'],
    queryFn: ({ signal }) => api.platformClock(signal),
    refetchInterval: 15_000,
    staleTime: 10_000,
  });
  const [tick, setTick] = useState(() => Date.now());
  const rate = clock.data?.rate ?? null;
  useEffect(() => {
    if (rate === null) return;
    const timer = setInterval(() => setTick(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [rate]);
  if (clock.data?.mode !== 'simulated') return null;
  const readAt = clock.dataUpdatedAt;
  const now = Date.parse(clock.data.now) + (rate === null ? 0 : Math.max(0, tick - readAt) * rate);
  return (
    <div className="simulated-banner" role="status" data-testid="simulated-banner" title={messages.app.simulatedNote}>
      {messages.app.simulatedBanner(chinaMinute(now))}
    </div>
  );
}
