/**
 * Generated from contracts/http/reconciler/month-end.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";

/**
 * GET /partners/{partnerId}/month-end/{month} (reconciler API v1): a partner's month in Japan time (JST midnight to JST midnight). Closed: the figures the month-end job stored for the month (zeros when the partner had no activity then); open: computed when asked, under the same rules. The invoice lines are always read when asked, as at the end of the month.
 */
export interface MonthEndStatementV1 {
  partnerId: PartnerIdV1;
  /**
   * The partner's Japanese name, as the partner directory holds it.
   */
  partnerName: string;
  /**
   * The month, YYYY-MM (Japan time).
   */
  month: string;
  /**
   * true: the month-end job has run for this month and these are the figures it stored; false: computed now, the month not closed yet. Also sent as the Month-End-Closed header.
   */
  closed: boolean;
  /**
   * The month-end run whose figures these are; null when computed now.
   */
  runId: string | null;
  /**
   * When the figures were computed: by the month-end run, or now.
   */
  computedAt: string;
  /**
   * The partner's figures for the month.
   */
  figures: {
    /**
     * Orders issued to the partner in the month (発注件数).
     */
    ordersIssued: number;
    /**
     * Orders that reached work_complete in the month (完了件数).
     */
    ordersCompleted: number;
    /**
     * Invoices the partner submitted in the month, rejected ones left out (請求件数).
     */
    invoices: number;
    /**
     * Their gross yen, tax included (請求額).
     */
    invoicedYen: number;
    /**
     * Covered yen of their decisions current at the end of the month: the last by seq decided before it ended (保険対象額).
     */
    coveredYen: number;
    /**
     * Retained yen of the same decisions (自己負担額).
     */
    retainedYen: number;
    /**
     * Payouts on the partner's invoices (of any month) paid in the month (支払件数).
     */
    payoutsPaid: number;
    /**
     * Their yen (支払額).
     */
    paidYen: number;
  };
  /**
   * The invoices counted in figures.invoices, in the order submitted, as at the end of the month.
   */
  invoices: {
    /**
     * The hub's id of the invoice.
     */
    invoiceId: string;
    /**
     * The partner's own invoice number (請求書番号).
     */
    invoiceNumber: string;
    /**
     * Issue date on the invoice (発行日).
     */
    issueDate: string;
    /**
     * When the hub received it.
     */
    submittedAt: string;
    /**
     * Gross yen, tax included (請求額).
     */
    grossYen: number;
    /**
     * Covered yen of the decision current at the end of the month; null when undecided then (保険対象額).
     */
    coveredYen: number | null;
    /**
     * Retained yen of that decision; null when undecided then (自己負担額).
     */
    retainedYen: number | null;
    /**
     * Yen of its payouts paid by the end of the month.
     */
    paidYen: number;
    /**
     * The Japanese day of its last payout paid by the end of the month; null when none was (支払日).
     */
    paidOn: string | null;
  }[];
}
