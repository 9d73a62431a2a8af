/** SQLSTATEs and socket errors that mean the database could not be reached or dropped us — not that a query was wrong. */
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const OUTAGE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|connection error|the database system is (starting up|shutting down|in recovery mode)|does not allow connections|not currently accepting connections/i;
/**
 * TypeORM releases a query runner the moment its connection emits `error` — the server ended it (pg_terminate_backend, a
 * restart, a failover) while a transaction sat between two statements — and the transaction's next statement (or its
 * COMMIT) then throws one of these, the original cause dropped. Nothing is sent on a released runner, so the transaction
 * died with its connection and never committed: the caller's retry is safe, as for any other lost connection. (Found by
 * test/faults/database-connections-killed.spec.ts: these answered 500.) A runner used after its transaction ended would
 * throw them too, but that fails on every run, not only while the database comes and goes.
 */
const RELEASED_BY_LOST_CONNECTION = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * Whether an error is the database being out of reach (down, restarting, refusing connections, our connection killed):
 * the caller should retry later (503 with Retry-After), and it is not a bug of ours or of theirs.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message, name, driverError, cause } = current as { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && OUTAGE_CODES.has(code)) return true;
    if (typeof message === 'string' && OUTAGE_MESSAGES.test(message)) return true;
    if (typeof name === 'string' && RELEASED_BY_LOST_CONNECTION.has(name)) return true;
    current = driverError ?? cause;
  }
  return false;
}
