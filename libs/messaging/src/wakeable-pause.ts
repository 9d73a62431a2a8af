/**
 * The idle wait of a polling loop that a notification can cut short. A wake-up that arrives while no
 * one is waiting (the loop is busy) is remembered, so the next wait returns at once and nothing is missed.
 */
export class WakeablePause {
  private pending = false;
  private readonly sleepers = new Set<() => void>();

  wake(): void {
    if (this.sleepers.size === 0) {
      this.pending = true;
      return;
    }
    for (const sleeper of [...this.sleepers]) sleeper();
  }

  pause(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }
}
