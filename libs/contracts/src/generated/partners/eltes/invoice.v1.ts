/**
 * Generated from contracts/partners/eltes/invoice.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Eltes API v1: Eltes's qualified invoice (適格請求書) for one monitoring request, POSTed signed (Standard Webhooks) to the hub's /eltes/v1/invoices, in its billing system's terms: service menu codes (monitoring per day or as a monthly plan, spot emergency notices, official-account support, flare-up consulting) with the unit each is billed in, Eltes's tax types, and its totals block. The adapter maps it field for field to the canonical invoice (InvoiceV2) and core settles it exactly as POST /invoices would; Eltes reads the decision at GET /eltes/v1/callbacks/{webhook-id}.
 */
export type EltesInvoiceV1 = {
  /**
   * Eltes API version of this payload.
   */
  apiVersion: "1";
  /**
   * The monitoring request invoiced: the requestId the hub sent.
   */
  requestId: string;
  /**
   * Eltes's invoice number (請求書番号), e.g. ELT-INV-2026-001234.
   */
  invoiceNo: string;
  /**
   * Issue date (発行日, JST).
   */
  issueDate: string;
  /**
   * Eltes as the issuer.
   */
  issuer: {
    /**
     * Issuer name (適格請求書発行事業者の名称).
     */
    companyName: string;
    /**
     * Qualified-invoice issuer registration number (登録番号).
     */
    registrationNo: string;
  };
  /**
   * Who the invoice is addressed to (宛名): the insured, or the coordinator on its behalf.
   */
  addressee: string;
  /**
   * The day the service was provided (a spot notice alone). Exactly one of serviceDate and servicePeriod.
   */
  serviceDate?: string;
  /**
   * The period the service was provided (monitoring days). Exactly one of serviceDate and servicePeriod.
   */
  servicePeriod?: {
    /**
     * First day.
     */
    start: string;
    /**
     * Last day.
     */
    end: string;
  };
  /**
   * TAX_EXCLUDED: unit prices without consumption tax (税抜); TAX_INCLUDED: with it (税込).
   */
  amountBasis: "TAX_EXCLUDED" | "TAX_INCLUDED";
  /**
   * How Eltes rounds the consumption tax, once per rate: TRUNCATE (切り捨て), ROUND_HALF_UP (四捨五入), ROUND_UP (切り上げ).
   */
  taxRounding: "TRUNCATE" | "ROUND_HALF_UP" | "ROUND_UP";
  /**
   * The invoice lines (明細), in order.
   *
   * @minItems 1
   * @maxItems 100
   */
  lines: {
    /**
     * Eltes's service menu: WEB_MONITORING_DAILY (Webモニタリング 日額, per monitoring day), WEB_MONITORING_MONTHLY (Webモニタリング 月額プラン, per month), EMERGENCY_NOTICE_SPOT (緊急告知 スポット, per notice), OFFICIAL_ACCOUNT_SUPPORT (SNS公式アカウント対応支援, per lot or month), FLAREUP_CONSULTING (炎上対応コンサルティング, per hour).
     */
    menuCode:
      | "WEB_MONITORING_DAILY"
      | "WEB_MONITORING_MONTHLY"
      | "EMERGENCY_NOTICE_SPOT"
      | "OFFICIAL_ACCOUNT_SUPPORT"
      | "FLAREUP_CONSULTING";
    /**
     * The line as printed (品目).
     */
    itemName: string;
    /**
     * The unit the quantity counts (単位): 日 (monitoring days), 月 (months of a plan), 件 (notices), 式 (a lot), 時間 (hours).
     */
    unit: "日" | "月" | "件" | "式" | "時間";
    /**
     * Quantity in the unit, at most 3 decimals.
     */
    quantity: number;
    /**
     * Unit price, integer yen, on the amountBasis.
     */
    unitPriceYen: number;
    /**
     * TAXABLE_10 (課税 10%), TAXABLE_8 (課税 8%, 軽減税率), NON_TAXABLE (非課税), NOT_SUBJECT (不課税, e.g. reimbursed costs), EXEMPT (免税).
     */
    taxType: "TAXABLE_10" | "TAXABLE_8" | "NON_TAXABLE" | "NOT_SUBJECT" | "EXEMPT";
  }[];
  /**
   * Eltes's totals as printed (合計欄).
   */
  totals: {
    /**
     * Per tax rate used: the rate's total on the amountBasis, and its consumption tax.
     *
     * @maxItems 2
     */
    byTaxRate: {
      /**
       * Tax rate in percent.
       */
      taxRatePct: 10 | 8;
      /**
       * The rate's total of line amounts on the amountBasis (対象額).
       */
      amountYen: number;
      /**
       * The rate's consumption tax (消費税額).
       */
      consumptionTaxYen: number;
    }[];
    /**
     * Total of lines bearing no consumption tax (非課税・不課税・免税).
     */
    untaxedYen: number;
    /**
     * Everything the invoice charges, tax included (ご請求金額).
     */
    grandTotalYen: number;
  };
} & {
  [k: string]: unknown;
};
