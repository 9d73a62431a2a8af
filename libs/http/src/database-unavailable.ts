/** SQLSTATEs and socket errors that mean the database could not be reached or dropped us — not that a query was wrong. */
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const OUTAGE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|connection error|the database system is (starting up|shutting down|in recovery mode)|does not allow connections|not currently accepting connections/i;

/**
 * Whether an error is the database being out of reach (down, restarting, refusing connections, our connection killed):
 * the caller should retry later (503 with Retry-After), and it is not a bug of ours or of theirs.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message, driverError, cause } = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && OUTAGE_CODES.has(code)) return true;
    if (typeof message === 'string' && OUTAGE_MESSAGES.test(message)) return true;
    current = driverError ?? cause;
  }
  return false;
}
