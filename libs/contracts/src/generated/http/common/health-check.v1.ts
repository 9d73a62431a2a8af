/**
 * Generated from contracts/http/common/health-check.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { HealthIndicatorsV1 } from "./health-indicators.v1";

/**
 * Body of GET /health/live and GET /health/ready (the probes of every app, in @nestjs/terminus's shape): each thing checked under details, the ones up also under info, the ones down also under error.
 */
export interface HealthCheckV1 {
  /**
   * ok: everything checked is up. degraded (readiness only): the database answers, so the app accepts work, but Kafka is unreachable or the outbox lags; what it accepts waits in its outbox.
   */
  status: "ok" | "degraded";
  /**
   * The app answering, e.g. core or adapter-lac.
   */
  app: string;
  info: HealthIndicatorsV1;
  error: HealthIndicatorsV1;
  details: HealthIndicatorsV1;
}
