/**
 * Generated from contracts/http/core/payout-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";
import type { PayoutStateV2 } from "../../common/settlement-definitions.v2";

/**
 * Query of GET /payouts (core API v8): filters and a page of payout instructions, newest instructed first. Every value is a string, as a query string sends it; a parameter not listed here, or given twice, is refused rather than ignored. A partner sees only the payouts of its own invoices whatever partnerId it asks for.
 */
export interface PayoutQueryV1 {
  state?: PayoutStateV2;
  partnerId?: PartnerIdV1;
  /**
   * Only the payouts of this case.
   */
  caseId?: string;
  /**
   * Only payouts instructed at or after this instant.
   */
  from?: string;
  /**
   * Only payouts instructed before this instant.
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
