/** Where the tests find the real services `npm test` started (or that were already running). */
export const testEnv = {
  databaseUrl: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hub_test',
  brokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
  hubEnv: process.env.HUB_ENV ?? 'test',
  logLevel: process.env.LOG_LEVEL ?? 'warn',
  /** The staff OpenID provider (test/support/global-setup.mjs starts the embedded one). */
  staffIssuer: process.env.STAFF_OIDC_ISSUER ?? 'http://127.0.0.1:3090',
};

/** Polls until `probe` returns a value that is not undefined/false, or fails with what it last saw. */
export async function eventually<T>(
  probe: () => Promise<T | undefined | false>,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
}
