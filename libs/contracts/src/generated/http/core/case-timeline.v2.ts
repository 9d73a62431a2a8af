/**
 * Generated from contracts/http/core/case-timeline.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { OrderStatusV1 } from "../../common/definitions.v1";

/**
 * Body of GET /cases/{caseId}/timeline (core API v8): one page of what happened on a case. v1 plus paging: without after, entries in the order things happened (occurredAt, then entryId), nextCursor for the next page; with after, the entries recorded since, in the order they were recorded. Every answer carries nextAfter, which a live view passes as after to fetch what was recorded next; an entry may come again (a count brought up to date), and its entryId says which one it replaces.
 */
export interface CaseTimelineV2 {
  /**
   * The case.
   */
  caseId: string;
  /**
   * The entries of this page.
   *
   * @maxItems 1000
   */
  entries: {
    /**
     * The entry's id: the same entry, read again, has the same one.
     */
    entryId: string;
    /**
     * What happened, e.g. incident_reported, coverage_confirmed, order_issued, order_status_changed.
     */
    kind: string;
    /**
     * The order concerned; null for case-level entries.
     */
    orderId: string | null;
    /**
     * The order's status before; null when no order status changed.
     */
    fromStatus: OrderStatusV1 | null;
    /**
     * The order's status after; null when no order status changed.
     */
    toStatus: OrderStatusV1 | null;
    /**
     * Milestone the partner reported, if any.
     */
    milestone: string | null;
    /**
     * Reason or remark, if any.
     */
    note: string | null;
    /**
     * Who did it: a person, or a partner or app id.
     */
    actor: string;
    /**
     * The event that caused the entry, when it came over Kafka.
     */
    eventId: string | null;
    /**
     * When it happened.
     */
    occurredAt: string;
    /**
     * When core recorded it.
     */
    recordedAt: string;
  }[];
  /**
   * Pass as cursor for the next page (in the same order); null on the last page.
   */
  nextCursor: string | null;
  /**
   * Pass as after to receive what is recorded from now on. Every page of one reading gives the first page's, so entries recorded while the pages were read are not missed.
   */
  nextAfter: string;
}
