/**
 * Generated from contracts/http/core/replay-dead-letter.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /dead-letters/{deadLetterId}/replay (core API v6): an operator re-delivers a dead letter; nothing needs saying, so the body is empty ({}). Breaking change from v1: requestedBy is gone; the actor is the signed-in person of the access token.
 */
export interface ReplayDeadLetterRequestV2 {}
