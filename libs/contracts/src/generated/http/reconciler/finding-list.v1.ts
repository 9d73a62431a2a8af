/**
 * Generated from contracts/http/reconciler/finding-list.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { FindingV1 } from "./finding.v1";

/**
 * Answer of GET /findings (reconciler API v1): one page of findings, newest opened first (openedAt, then findingId, descending), filtered as asked (FindingQueryV1).
 */
export interface FindingListV1 {
  /**
   * The findings of this page.
   *
   * @maxItems 200
   */
  findings: FindingV1[];
  /**
   * Pass as cursor for the next page (with the same filters); null on the last page.
   */
  nextCursor: string | null;
}
