/**
 * Runs a job every so often inside the server process. Several thidua processes may each run
 * one: the job itself must be safe for that (reminders claim each message in the database).
 */
export interface Scheduler {
  /** Stops the timer and waits for a pass in progress to finish. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  intervalMs: number;
  /** An earlier first pass (shorter than the interval), so a restart does not postpone reminders a whole interval. */
  firstDelayMs?: number;
  run: () => Promise<unknown>;
  /** Errors of a pass land here; the scheduler keeps going. */
  onError: (err: unknown) => void;
}

export function startScheduler(o: SchedulerOptions): Scheduler {
  let current: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    // A pass that takes longer than the interval is not doubled: the tick is skipped.
    if (stopped || current) return;
    const pass = (async () => {
      try {
        await o.run();
      } catch (err) {
        o.onError(err);
      }
    })();
    current = pass;
    // Cleared in a later microtask, so even a job that fails synchronously does not leave it set.
    void pass.finally(() => {
      current = null;
    });
  };
  // unref: the timers alone never keep the process alive.
  const first = o.firstDelayMs !== undefined && o.firstDelayMs < o.intervalMs ? setTimeout(tick, o.firstDelayMs) : null;
  first?.unref();
  const timer = setInterval(tick, o.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      if (first) clearTimeout(first);
      clearInterval(timer);
      await current;
    },
  };
}
