/**
 * Generated from contracts/http/core/audit-log.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * GET /audit-log (core API v6): one page of the append-only audit log, oldest first: every request that could change something, made by a person or a partner, with who, when, what, from where and how it ended (refusals included).
 */
export interface AuditLogPageV1 {
  /**
   * The entries of this page.
   *
   * @maxItems 200
   */
  entries: {
    /**
     * Position in the log (a decimal string).
     */
    entryId: string;
    /**
     * When the request was answered.
     */
    occurredAt: string;
    /**
     * The app that answered (core, adapter-lac, …).
     */
    app: string;
    /**
     * Who, from the credentials: staff:<username> or partner:<partnerId>.
     */
    actor: string;
    /**
     * staff: a signed-in person; partner: a partner system's client.
     */
    actorKind: "staff" | "partner";
    /**
     * The person's display name, or the partner's OAuth client id.
     */
    actorName: string | null;
    /**
     * The person's roles at the time; empty for partners.
     *
     * @maxItems 20
     */
    roles: string[];
    /**
     * Method and route, e.g. POST /invoices/:invoiceId/approve.
     */
    action: string;
    /**
     * The path asked for, with its ids.
     */
    target: string;
    /**
     * The HTTP status answered.
     */
    outcomeStatus: number;
    /**
     * The error code of a refusal; null on success.
     */
    outcomeCode: string | null;
    /**
     * The address the request came from.
     */
    sourceIp: string | null;
    /**
     * The User-Agent the request named.
     */
    userAgent: string | null;
    /**
     * The x-correlation-id the request carried, if any.
     */
    correlationId: string | null;
  }[];
  /**
   * Pass as cursor for the next page (same filters); null on the last page.
   */
  nextCursor: string | null;
}
