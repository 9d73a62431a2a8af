/**
 * Generated from contracts/partners/cmg/fee-note.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * CMG Japan Crisis Room API v1: CMG's fee note for one mandate, a qualified invoice (適格請求書), POSTed signed (Standard Webhooks, with CMG's bearer token) to the hub's /cmg/v1/invoices, as CMG's time-and-fees system issues it: a service code per fee line (crisis consulting by the hour, the monthly retainer, a crisis simulation or a spokesperson coaching session, statements drafted, disbursements at cost), the billing unit of each line, its tax treatment and CMG's own summary. The adapter maps it field for field to the canonical invoice (InvoiceV2), the unit carried into the line's description; core settles it as POST /invoices would, and CMG reads the decision at GET /cmg/v1/callbacks/{webhook-id}.
 */
export type CmgFeeNoteV1 = {
  /**
   * Crisis Room API version of this payload.
   */
  crisisRoomApi: "1";
  /**
   * The mandate billed: the mandateId the hub sent.
   */
  mandateId: string;
  /**
   * CMG's fee note number as printed (請求書番号), e.g. CMG-FN-2611-0117.
   */
  feeNoteNo: string;
  /**
   * The issue date (JST).
   */
  issuedOn: string;
  /**
   * CMG as the issuer.
   */
  issuer: {
    /**
     * The issuer's name (適格請求書発行事業者の名称).
     */
    legalName: string;
    /**
     * The qualified-invoice issuer registration number (登録番号).
     */
    registrationNo: string;
  };
  /**
   * Who the fee note is addressed to (宛名): the client, or the coordinator on its behalf.
   */
  billTo: string;
  /**
   * The day the work was done (取引年月日). Exactly one of serviceDate and servicePeriod.
   */
  serviceDate?: string;
  /**
   * The period of the work (the crisis weeks, a retainer month). Exactly one of serviceDate and servicePeriod.
   */
  servicePeriod?: {
    /**
     * The first day.
     */
    start: string;
    /**
     * The last day.
     */
    end: string;
  };
  /**
   * false: rates are without consumption tax (税抜); true: with it (税込).
   */
  pricesIncludeTax: boolean;
  /**
   * How CMG rounds the consumption tax, once per rate: ROUND_DOWN (切り捨て), ROUND_HALF_UP (四捨五入), ROUND_UP (切り上げ).
   */
  taxRounding: "ROUND_DOWN" | "ROUND_HALF_UP" | "ROUND_UP";
  /**
   * The fee lines in order.
   *
   * @minItems 1
   * @maxItems 100
   */
  fees: {
    /**
     * CMG's service code: CRISIS_CONSULTING (危機管理コンサルティング, by the hour), RETAINER (月額リテイナー), CRISIS_SIMULATION (クライシス・シミュレーション), MEDIA_RESPONSE (メディア対応: press office, media-response strategy), SPOKESPERSON_TRAINING (記者会見トレーニング, per session), STATEMENT_DRAFTING (ステートメント作成, per statement), MEDIA_MONITORING (メディアモニタリング), DISBURSEMENT (立替実費: venues, equipment, distribution fees).
     */
    service:
      | "CRISIS_CONSULTING"
      | "RETAINER"
      | "CRISIS_SIMULATION"
      | "MEDIA_RESPONSE"
      | "SPOKESPERSON_TRAINING"
      | "STATEMENT_DRAFTING"
      | "MEDIA_MONITORING"
      | "DISBURSEMENT";
    /**
     * The line as printed (摘要).
     */
    narrative: string;
    /**
     * How many units; at most 3 decimals (10.5 hours).
     */
    quantity: number;
    /**
     * The billing unit: HOUR (consultant hours), SESSION (a simulation or coaching session), RETAINER_MONTH (a month of retainer), STATEMENT (a statement drafted), DAY (a day of monitoring or press office), LOT (a lot: disbursements).
     */
    unit: "HOUR" | "SESSION" | "RETAINER_MONTH" | "STATEMENT" | "DAY" | "LOT";
    /**
     * The rate per unit in integer yen, priced as pricesIncludeTax says.
     */
    rateYen: number;
    /**
     * STANDARD_10 (課税 10%), REDUCED_8 (課税 8%, 軽減税率), EXEMPT (非課税), OUT_OF_SCOPE (不課税, e.g. disbursements passed on at cost), ZERO_RATED (免税).
     */
    taxTreatment: "STANDARD_10" | "REDUCED_8" | "EXEMPT" | "OUT_OF_SCOPE" | "ZERO_RATED";
  }[];
  /**
   * CMG's totals as printed.
   */
  summary: {
    /**
     * Per tax rate used: the rate's total as priced, and its tax.
     *
     * @maxItems 2
     */
    taxableByRate: {
      /**
       * The tax rate, in percent.
       */
      ratePercent: 10 | 8;
      /**
       * The rate's total of line amounts as priced, integer yen.
       */
      subtotalYen: number;
      /**
       * The rate's consumption tax, integer yen.
       */
      taxYen: number;
    }[];
    /**
     * The total of lines bearing no consumption tax (exempt, out of scope, zero-rated), integer yen.
     */
    untaxedYen: number;
    /**
     * Everything the fee note charges, tax included, integer yen.
     */
    totalDueYen: number;
  };
} & {
  [k: string]: unknown;
};
