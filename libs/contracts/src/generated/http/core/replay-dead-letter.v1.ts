/**
 * Generated from contracts/http/core/replay-dead-letter.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /dead-letters/{deadLetterId}/replay (core API v5). Who asks is named in the body until the actor comes from credentials.
 */
export interface ReplayDeadLetterRequestV1 {
  /**
   * Who replays the dead letter (an operator or coordinator).
   */
  requestedBy: string;
}
