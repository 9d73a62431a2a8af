/**
 * Generated from contracts/http/core/deliverable-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeliverableKindV1 } from "../../common/deliverable-definitions.v1";

/**
 * Query of GET /orders/{orderId}/deliverables (core API v7): filters and a page. Every value is a string, as a query string sends it; a parameter not listed here, or given twice, is refused.
 */
export interface DeliverableQueryV1 {
  kind?: DeliverableKindV1;
  /**
   * Only deliverables of this attention.
   */
  attention?: "urgent" | "normal" | "bulk";
  /**
   * nextCursor of the previous page.
   */
  cursor?: string;
  /**
   * Page size, 1 to 500; 100 when absent.
   */
  limit?: string;
}
