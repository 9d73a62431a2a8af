import { Logger } from '@nestjs/common';

type Completion = (this: unknown, ...args: unknown[]) => Promise<unknown>;
interface ManagerPrototype {
  complete: Completion;
  fail: Completion;
  [guarded]?: true;
}
const guarded = Symbol('hubCompletionGuard');
const logger = new Logger('JobQueue');

/**
 * pg-boss 10.4.2 runs a worker's handler and then records the outcome with `this.complete(...)` or `this.fail(...)`
 * without awaiting either (src/manager.js, `onFetch`). When the database refuses that statement — every connection
 * taken ("sorry, too many clients already"), a failover, a terminated backend — the rejection is unhandled and Node ends
 * the whole reconciler. Here each of those promises gets a handler that logs the failure, and is returned unchanged, so
 * a caller that awaits it still sees the rejection. Nothing is lost: a job whose outcome was not recorded stays active
 * until it expires and pg-boss retries it, and a run is idempotent (one per job and day, under its own lock).
 * Installed once per process, on pg-boss's Manager class (it is not reachable from a PgBoss instance).
 */
export function guardPgBossCompletions(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- pg-boss has no exports map; its manager is a CommonJS module
  const Manager = require('pg-boss/src/manager') as { prototype: ManagerPrototype };
  const prototype = Manager.prototype;
  if (prototype[guarded]) return;
  for (const name of ['complete', 'fail'] as const) {
    const record = prototype[name];
    prototype[name] = function (this: unknown, ...args: unknown[]) {
      const recorded = record.apply(this, args);
      recorded.catch((error: Error) => logger.error(`job queue: could not record a job as ${name === 'complete' ? 'completed' : 'failed'} (${error.message}); it is retried once it expires`));
      return recorded;
    };
  }
  prototype[guarded] = true;
}
