import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startScheduler } from './scheduler.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A job whose passes finish only when the test says so. */
function controllableJob() {
  const finishers: (() => void)[] = [];
  let started = 0;
  return {
    get started() {
      return started;
    },
    run: () => {
      started += 1;
      return new Promise<void>((resolve) => finishers.push(resolve));
    },
    finishAll: () => finishers.splice(0).forEach((f) => f()),
  };
}

describe('startScheduler', () => {
  it('runs a pass every interval, after the first delay', async () => {
    let runs = 0;
    const s = startScheduler({ intervalMs: 1000, firstDelayMs: 100, run: async () => void (runs += 1), onError: () => {} });
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(4);
    await s.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(4);
  });

  it('never overlaps a pass with itself: ticks during a long pass are skipped', async () => {
    const job = controllableJob();
    const s = startScheduler({ intervalMs: 1000, run: job.run, onError: () => {} });
    await vi.advanceTimersByTimeAsync(5500);
    expect(job.started).toBe(1);
    job.finishAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(job.started).toBe(2);
    job.finishAll();
    await s.stop();
  });

  it('reports a failing pass (even one that throws at once) and keeps going', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const s = startScheduler({
      intervalMs: 1000,
      run: () => {
        runs += 1;
        if (runs === 1) throw new Error('lỗi đồng bộ');
        if (runs === 2) return Promise.reject(new Error('lỗi bất đồng bộ'));
        return Promise.resolve();
      },
      onError: (err) => errors.push(err),
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(3);
    expect(errors.map((e) => (e as Error).message)).toEqual(['lỗi đồng bộ', 'lỗi bất đồng bộ']);
    await s.stop();
  });

  it('stop() waits for the pass in progress', async () => {
    const job = controllableJob();
    const s = startScheduler({ intervalMs: 1000, run: job.run, onError: () => {} });
    await vi.advanceTimersByTimeAsync(1000);
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    job.finishAll();
    await stopping;
    expect(stopped).toBe(true);
  });
});
