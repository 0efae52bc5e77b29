/**
 * A job a server process runs every few moments (sealing the audit log, delivering the outbox). A run
 * never overlaps the previous one: the next is scheduled only when the last has finished, and a
 * run that reports more work waiting is followed at once instead of after the interval.
 */
export type PeriodicJob = {
  /** Stops scheduling and waits for a run in progress to finish. */
  stop(): Promise<void>;
  /**
   * Runs as soon as possible instead of at the next interval (e.g. after the simulated clock was
   * moved by hand, so that what became due shows at once); a run in progress is not doubled.
   */
  runNow(): void;
};

export function startPeriodicJob(options: {
  intervalMs: number;
  /** Resolves true when work is left over and the job should run again straight away. */
  run: () => Promise<boolean>;
  onError: (error: unknown) => void;
}): PeriodicJob {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = runOnce().finally(() => {
        running = null;
      });
    }, delayMs);
    // A pending run alone does not keep the process alive; the server does.
    timer.unref();
  };

  const runOnce = async () => {
    let more = false;
    try {
      more = await options.run();
    } catch (error) {
      options.onError(error);
    }
    schedule(more ? 0 : options.intervalMs);
  };

  schedule(options.intervalMs);
  return {
    runNow() {
      if (stopped || running) return;
      if (timer) clearTimeout(timer);
      timer = null;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
