/**
 * Generated from contracts/http/common/health.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of GET /health: the app is up and its database answers.
 */
export interface HealthResponseV1 {
  /**
   * ok when the app is serving.
   */
  status: "ok";
  /**
   * The app answering, e.g. core or adapter-lac.
   */
  app: string;
}
