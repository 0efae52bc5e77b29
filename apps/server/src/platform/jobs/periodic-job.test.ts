import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('periodic jobs', () => {
  it('runs every interval and never overlaps a slow run', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const job = startPeriodicJob({
      intervalMs: 100,
      run: async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 250));
        active -= 1;
        runs += 1;
        return false;
      },
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(1_000);
    const stopping = job.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    await stopping;
    expect(maxActive).toBe(1);
    // Each turn is a 100 ms wait plus a 250 ms run: three had started by 1 s, none after stop().
    expect(runs).toBe(3);
  });

  it('runs again at once while work is left over', async () => {
    const results = [true, true, false];
    let runs = 0;
    const job = startPeriodicJob({
      intervalMs: 1_000,
      run: async () => results[runs++] ?? false,
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(1_010);
    expect(runs).toBe(3);
    await job.stop();
  });

  it('runs at once when asked (runNow), instead of waiting for the interval', async () => {
    let runs = 0;
    const job = startPeriodicJob({
      intervalMs: 60_000,
      run: async () => {
        runs += 1;
        return false;
      },
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(0);
    job.runNow();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(1);
    // The next run comes a whole interval later again.
    await vi.advanceTimersByTimeAsync(59_000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(2);
    await job.stop();
  });

  it('reports a failed run and keeps going', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = startPeriodicJob({
      intervalMs: 100,
      run: async () => {
        runs += 1;
        throw new Error('database away');
      },
      onError: (error) => errors.push(error),
    });
    await vi.advanceTimersByTimeAsync(350);
    await job.stop();
    expect(runs).toBe(3);
    expect(errors).toHaveLength(3);
  });

  it('waits for a run in progress when stopped, then runs no more', async () => {
    let finished = false;
    let runs = 0;
    const job = startPeriodicJob({
      intervalMs: 100,
      run: async () => {
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 500));
        finished = true;
        return true;
      },
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(150);
    const stopping = job.stop();
    await vi.advanceTimersByTimeAsync(500);
    await stopping;
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toBe(1);
  });
});
