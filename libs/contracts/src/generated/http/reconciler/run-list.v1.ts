/**
 * Generated from contracts/http/reconciler/run-list.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { RunV1 } from "./run.v1";

/**
 * Answer of GET /runs (reconciler API v1): one page of runs, newest started first (startedAt, then runId, descending), filtered as asked (RunQueryV1).
 */
export interface RunListV1 {
  /**
   * The runs of this page.
   *
   * @maxItems 200
   */
  runs: RunV1[];
  /**
   * Pass as cursor for the next page (with the same filters); null on the last page.
   */
  nextCursor: string | null;
}
