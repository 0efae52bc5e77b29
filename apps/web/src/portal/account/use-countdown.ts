import { useEffect, useState } from 'react';

/** Seconds left before something may be done again; `restart` starts over. */
export function useCountdown(initialSeconds: number) {
  const [seconds, setSeconds] = useState(initialSeconds);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(() => setSeconds((left) => left - 1), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  return { seconds, restart: (from: number) => setSeconds(from) };
}
