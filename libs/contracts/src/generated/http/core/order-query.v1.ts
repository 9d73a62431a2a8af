/**
 * Generated from contracts/http/core/order-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { OrderStatusV1, PartnerIdV1 } from "../../common/definitions.v1";

/**
 * Query of GET /orders (core API v8): filters and a page of engagement orders, newest issued first. Every value is a string, as a query string sends it; a parameter not listed here, or given twice, is refused rather than ignored. A partner sees only its own orders whatever partnerId it asks for.
 */
export interface OrderQueryV1 {
  /**
   * Only the orders of this case.
   */
  caseId?: string;
  partnerId?: PartnerIdV1;
  state?: OrderStatusV1;
  /**
   * Only orders issued at or after this instant.
   */
  from?: string;
  /**
   * Only orders issued before this instant.
   */
  to?: string;
  /**
   * Page size, a whole number from 1 to 200; 50 when absent.
   */
  limit?: string;
  /**
   * The nextCursor of the previous page, with the same filters.
   */
  cursor?: string;
}
