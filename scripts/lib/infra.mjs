// Runs `body` with PostgreSQL and Kafka available, starting each only when none answers, and stopping
// afterwards only what was started here, even when starting the second one or the body fails.
export async function withInfra(log, body) {
  const { ensurePostgres } = await import('../infra/postgres.mjs');
  const { ensureKafka } = await import('../infra/kafka.mjs');
  const postgres = await ensurePostgres({ log });
  try {
    const kafka = await ensureKafka({ log });
    try {
      return await body({ postgres, kafka });
    } finally {
      await kafka.stop();
    }
  } finally {
    await postgres.stop();
  }
}
