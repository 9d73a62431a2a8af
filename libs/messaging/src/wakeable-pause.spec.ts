import { WakeablePause } from './wakeable-pause';

describe('WakeablePause', () => {
  it('ends a pause early when woken', async () => {
    const pause = new WakeablePause();
    const started = Date.now();
    const waiting = pause.pause(10_000);
    pause.wake();
    await waiting;
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('remembers a wake-up that came while nobody waited', async () => {
    const pause = new WakeablePause();
    pause.wake();
    const started = Date.now();
    await pause.pause(10_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('wakes every waiter, and then waits again for the full time', async () => {
    const pause = new WakeablePause();
    const both = Promise.all([pause.pause(10_000), pause.pause(10_000)]);
    pause.wake();
    await both;
    const started = Date.now();
    await pause.pause(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
