/**
 * Generated from contracts/http/core/audit-log-query.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Query of GET /audit-log (core API v6), for auditors: filters and a page. Every value is a string, as a query string sends it; a parameter not listed here, or given twice, is refused.
 */
export interface AuditLogQueryV1 {
  /**
   * Only this actor's requests, as the log names them: staff:<username> or partner:<partnerId>.
   */
  actor?: string;
  /**
   * Only requests answered at or after this instant.
   */
  since?: string;
  /**
   * Only requests answered before this instant.
   */
  until?: string;
  /**
   * nextCursor of the previous page.
   */
  cursor?: string;
  /**
   * Page size, 1 to 200; 50 when absent.
   */
  limit?: string;
}
