/**
 * Plays a simulated partner's people's steps one after another with a pause between them, and stops them all at once
 * when the simulator stops (no timer outlives a test).
 */
export class ScriptPlayer {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly stepDelayMs: number) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Runs the steps in order, each after the pause; a step returning false ends the script (the partner stops and calls). */
  play(steps: (() => Promise<boolean | void>)[]): Promise<void> {
    return (async () => {
      for (const step of steps) {
        await this.pause(this.stepDelayMs);
        if (this.stopped) return;
        if ((await step()) === false) return;
      }
    })();
  }

  pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  stop(): void {
    this.stopped = true;
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }
}
