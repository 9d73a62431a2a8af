/**
 * Generated from contracts/http/adapter/feed.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of GET /{partner}/v{N}/feed on a partner's adapter, for a partner that pulls its deliveries instead of taking pushes: the partner's deliveries not yet acknowledged, oldest first, in the order they were queued (so a cancellation always comes after its order). Signed like the partner's callbacks. A delivery stays in the feed until the partner acknowledges it (POST …/feed/ack). Breaking change from v1: `kind` may be review (the coordinator approved or returned one of the partner's deliverables; the payload is the partner's native review notice).
 */
export interface DeliveryFeedV2 {
  /**
   * The partner.
   */
  partnerId: string;
  /**
   * Deliveries, oldest first.
   *
   * @maxItems 100
   */
  items: {
    /**
     * Its place in the feed; pass the last one as `after` to page on.
     */
    cursor: string;
    /**
     * The delivery's id, the same as a push would carry in webhook-id; acknowledge it by this.
     */
    webhookId: string;
    /**
     * An order, its cancellation, or a review of one of the partner's deliverables.
     */
    kind: "order" | "cancellation" | "review";
    /**
     * The order it is about.
     */
    orderId: string;
    /**
     * When the adapter queued it.
     */
    queuedAt: string;
    /**
     * The partner's native payload (engagement request or cancellation) of the pinned version, exactly as a push would send it.
     */
    payload: {
      /**
       * A field of the partner's native payload, as its contract for the pinned version defines it.
       */
      [k: string]: {
        [k: string]: unknown;
      };
    };
  }[];
  /**
   * Pass as `after` for the next page; null when this page is the end of the feed for now.
   */
  nextCursor: string | null;
}
