/**
 * Generated from contracts/partners/aos/invoice.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * AOS API v1: AOS's qualified invoice (適格請求書) for one matter, POSTed signed (Standard Webhooks) to the hub's /aos/v1/invoices, in the terms of AOS's billing system: its service menu codes, billing units per device (台), per job (件), per hour (時間) or lump sum (式), its tax classes and rounding (端数処理) in romanised Japanese. The adapter maps it field for field to the canonical invoice (InvoiceV2), the unit into each line's description, and core settles it exactly as POST /invoices would; AOS reads the decision at GET /aos/v1/callbacks/{webhook-id}.
 */
export type AosInvoiceV1 = {
  /**
   * AOS API version of this payload.
   */
  apiVersion: "aos.v1";
  /**
   * The matter invoiced: the matterRef of the hub's matter request.
   */
  matterRef: string;
  /**
   * AOS's matter number (案件番号), as printed on the invoice.
   */
  aosMatterNo: string;
  /**
   * AOS's invoice number (請求書番号), e.g. AOS-INV-2026-00153-01.
   */
  invoiceNo: string;
  /**
   * Issue date (請求日, JST).
   */
  invoiceDate: string;
  /**
   * AOS as the issuer (適格請求書発行事業者).
   */
  issuer: {
    /**
     * Issuer name, e.g. AOSリーガルテック株式会社.
     */
    companyName: string;
    /**
     * Qualified-invoice issuer registration number (登録番号).
     */
    registrationNo: string;
  };
  /**
   * Who the invoice is addressed to (宛名): the client, or the coordinator on its behalf.
   */
  addressee: string;
  /**
   * The day the service was delivered (取引年月日). Exactly one of deliveredOn and deliveryPeriod.
   */
  deliveredOn?: string;
  /**
   * The period of the service (作業期間). Exactly one of deliveredOn and deliveryPeriod.
   */
  deliveryPeriod?: {
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
   * ZEINUKI: unit prices without consumption tax (税抜); ZEIKOMI: with it (税込).
   */
  priceBasis: "ZEINUKI" | "ZEIKOMI";
  /**
   * How AOS rounds the consumption tax, once per rate (端数処理): KIRISUTE (切り捨て), SHISHAGONYU (四捨五入), KIRIAGE (切り上げ).
   */
  taxRounding: "KIRISUTE" | "SHISHAGONYU" | "KIRIAGE";
  /**
   * The invoice lines (明細), in order.
   *
   * @minItems 1
   * @maxItems 200
   */
  lines: {
    /**
     * AOS's service menu: HOZEN (evidence preservation, 証拠保全, per device), KAISEKI (forensic analysis, 解析, per device), HOKOKUSHO (investigation report, 調査報告書, per job), BENGOSHI (lawyer review and consultation, 弁護士監修・相談, per hour), FUKUGEN (data recovery, データ復旧), UMU_CHOSA (investigation of whether unauthorised access happened, 不正アクセス有無調査), JIPPI (expenses at cost, 実費: media, travel).
     */
    menuCode: "HOZEN" | "KAISEKI" | "HOKOKUSHO" | "BENGOSHI" | "FUKUGEN" | "UMU_CHOSA" | "JIPPI";
    /**
     * The line as printed (品目).
     */
    itemName: string;
    /**
     * The billing unit (単位): DAI (per device, 台), KEN (per job, 件), JIKAN (per hour, 時間), SHIKI (lump sum, 式).
     */
    unit: "DAI" | "KEN" | "JIKAN" | "SHIKI";
    /**
     * Quantity in the unit (数量), at most 3 decimals.
     */
    quantity: number;
    /**
     * Unit price (単価), integer yen, on the price basis.
     */
    unitPriceYen: number;
    /**
     * Tax class (税区分): KAZEI_10 (taxable at 10%), KAZEI_8 (taxable at 8%, 軽減税率), HIKAZEI (非課税), FUKAZEI (不課税, e.g. reimbursed fares), MENZEI (免税).
     */
    taxClass: "KAZEI_10" | "KAZEI_8" | "HIKAZEI" | "FUKAZEI" | "MENZEI";
  }[];
  /**
   * AOS's totals as printed (合計).
   */
  totals: {
    /**
     * Per tax rate used (税率ごとの合計): the rate's total on the price basis, and its tax.
     *
     * @maxItems 2
     */
    byRate: {
      /**
       * Tax rate in percent.
       */
      ratePercent: 10 | 8;
      /**
       * The rate's total of line amounts on the price basis (対価の額).
       */
      subtotalYen: number;
      /**
       * The rate's consumption tax (消費税額).
       */
      taxYen: number;
    }[];
    /**
     * Total of lines not subject to consumption tax (HIKAZEI, FUKAZEI, MENZEI).
     */
    nonTaxableYen: number;
    /**
     * Everything the invoice charges, tax included (ご請求金額).
     */
    totalYen: number;
  };
} & {
  [k: string]: unknown;
};
