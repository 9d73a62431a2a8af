/**
 * Generated from contracts/partners/lac/invoice.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * LAC API v2: LAC's qualified invoice (適格請求書) for one engagement, POSTed signed (Standard Webhooks) to the hub's /lac/v2/invoices, in LAC's billing system's terms: work codes rather than the policy's cost categories, LAC's tax codes, and its own summary block. The adapter maps it to the canonical invoice (InvoiceV2) and core settles it exactly as POST /invoices would; LAC reads the decision at GET /lac/v2/callbacks/{webhook-id}.
 */
export type LacInvoiceV2 = {
  /**
   * LAC API version of this payload.
   */
  api_version: "2";
  /**
   * The engagement invoiced: the engagement_id of the hub's request.
   */
  engagement_id: string;
  /**
   * LAC's invoice number, e.g. LAC-INV-2026-0042.
   */
  invoice_no: string;
  /**
   * Issue date (JST).
   */
  issued_on: string;
  /**
   * LAC as the issuer.
   */
  issuer: {
    /**
     * Issuer name (適格請求書発行事業者の名称).
     */
    name: string;
    /**
     * Qualified-invoice issuer registration number (登録番号).
     */
    registration_no: string;
  };
  /**
   * Who the invoice is addressed to (宛名): the insured, or the coordinator on its behalf.
   */
  bill_to: string;
  /**
   * The day the work was done. Exactly one of work_date and work_period.
   */
  work_date?: string;
  /**
   * The period of the work. Exactly one of work_date and work_period.
   */
  work_period?: {
    /**
     * First day.
     */
    from: string;
    /**
     * Last day.
     */
    to: string;
  };
  /**
   * EXCL_TAX: unit prices without consumption tax (税抜); INCL_TAX: with it (税込).
   */
  price_basis: "EXCL_TAX" | "INCL_TAX";
  /**
   * How LAC rounds the consumption tax, once per rate: DOWN (切り捨て), HALF_UP (四捨五入), UP (切り上げ).
   */
  tax_rounding: "DOWN" | "HALF_UP" | "UP";
  /**
   * The invoice lines, in order.
   *
   * @minItems 1
   * @maxItems 200
   */
  items: {
    /**
     * LAC's work code: IR-ASSESS (事故判定), IR-FORENSICS (原因究明・影響範囲調査), IR-CONTAIN (被害拡大防止), IR-ISOLATE (ネットワーク遮断), IR-RECURRENCE (再発防止策), IR-THREAT (不正アクセスのおそれの調査), IR-ADVISORY (コンサルティング).
     */
    work_code:
      "IR-ASSESS" | "IR-FORENSICS" | "IR-CONTAIN" | "IR-ISOLATE" | "IR-RECURRENCE" | "IR-THREAT" | "IR-ADVISORY";
    /**
     * The line as printed.
     */
    description: string;
    /**
     * Quantity (e.g. analyst-days), at most 3 decimals.
     */
    qty: number;
    /**
     * Unit price, integer yen, on the price_basis.
     */
    unit_price_jpy: number;
    /**
     * STD10: taxable at 10%; RED8: taxable at 8%; NON_TAXABLE (非課税); OUT_OF_SCOPE (不課税, e.g. reimbursed fares); EXPORT (免税).
     */
    tax_code: "STD10" | "RED8" | "NON_TAXABLE" | "OUT_OF_SCOPE" | "EXPORT";
  }[];
  /**
   * LAC's totals as printed.
   */
  summary: {
    /**
     * Per tax rate used: its total on the price basis, and its tax.
     *
     * @maxItems 2
     */
    per_rate: {
      /**
       * Tax rate in percent.
       */
      rate: 10 | 8;
      /**
       * The rate's total of line amounts on the price basis.
       */
      amount_jpy: number;
      /**
       * The rate's consumption tax.
       */
      tax_jpy: number;
    }[];
    /**
     * Total of lines not subject to consumption tax.
     */
    non_taxable_jpy: number;
    /**
     * Everything the invoice charges, tax included.
     */
    total_jpy: number;
  };
} & {
  [k: string]: unknown;
};
