/**
 * Generated from contracts/http/core/recovery.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";

/**
 * Answer to POST /dead-letters/recover (core API v5): what the recovery found and did. Each dead letter is replayed once, in the order it failed; running the same recovery again replays only what failed since.
 */
export interface RecoveryV1 {
  partnerId: PartnerIdV1;
  /**
   * The instant asked for.
   */
  since: string;
  /**
   * The topic asked for; null for all.
   */
  topic: string | null;
  /**
   * Who ran the recovery.
   */
  requestedBy: string;
  /**
   * Open dead letters that matched when the recovery started.
   */
  matched: number;
  /**
   * Of those, how many this request replayed.
   */
  replayed: number;
  /**
   * Of those, how many another request replayed meanwhile (no second effect).
   */
  alreadyReplayed: number;
  /**
   * Of those, how many cannot be replayed (listed in refused).
   */
  notReplayable: number;
  /**
   * The dead letters this request replayed, in the order they were published again.
   */
  replayedIds: string[];
  /**
   * The dead letters that cannot be replayed, and why; they stay open.
   */
  refused: {
    /**
     * The dead letter.
     */
    deadLetterId: string;
    /**
     * Why it cannot be replayed.
     */
    reason: string;
  }[];
  /**
   * true when more dead letters matched than one request replays: run the recovery again for the rest.
   */
  more: boolean;
}
