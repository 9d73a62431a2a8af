/**
 * Generated from contracts/http/core/dead-letter-replay.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeadLetterViewV1 } from "./dead-letter.v1";

/**
 * Answer to POST /dead-letters/{deadLetterId}/replay (core API v5): whether this request replayed the dead letter, and the dead letter as it is now. A dead letter is replayed once; asking again answers replayed false and changes nothing.
 */
export interface DeadLetterReplayV1 {
  /**
   * true when this request replayed it; false when it had been replayed already.
   */
  replayed: boolean;
  deadLetter: DeadLetterViewV1;
}
