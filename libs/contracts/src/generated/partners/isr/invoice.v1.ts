/**
 * Generated from contracts/partners/isr/invoice.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * I.S.Rating API v1: I.S.Rating's qualified invoice (適格請求書) for one evaluation request, POSTed signed (Standard Webhooks) to the hub's /isr/v1/invoices, in its billing system's terms: fee codes billed per evaluation (評価料), per certificate (認証料), per publication (結果公表支援料), per analyst-day or at cost, its tax classes and fraction rule in their romanised Japanese names, and its own amounts block. The adapter maps it to the canonical invoice (InvoiceV2) field for field and core settles it exactly as POST /invoices would; I.S.Rating reads the decision at GET /isr/v1/callbacks/{webhook-id}.
 */
export interface IsrInvoiceV1 {
  /**
   * I.S.Rating API specification version of this payload.
   */
  specVersion: "1.0";
  /**
   * The evaluation request billed: the requestNo of the hub's request.
   */
  requestNo: string;
  /**
   * I.S.Rating's evaluation number the fees are for.
   */
  evaluationNo: string;
  /**
   * I.S.Rating's invoice number (請求書番号), e.g. ISR-B2026-00042.
   */
  billingNo: string;
  /**
   * Issue date (請求日, JST).
   */
  billingDate: string;
  /**
   * I.S.Rating as the issuer (適格請求書発行事業者).
   */
  seller: {
    /**
     * The issuer's name (適格請求書発行事業者の名称).
     */
    corporateName: string;
    /**
     * Qualified-invoice issuer registration number (登録番号): T and 13 digits.
     */
    registrationNo: string;
  };
  /**
   * Who the invoice is addressed to (宛名): the ratee, or the coordinator on its behalf.
   */
  addressee: string;
  /**
   * The evaluation period billed (役務提供期間); start and end are the same day for one day's work.
   */
  servicePeriod: {
    /**
     * First day.
     */
    start: string;
    /**
     * Last day, not before start.
     */
    end: string;
  };
  /**
   * How unit prices are stated: ZEINUKI (税抜, without consumption tax) or ZEIKOMI (税込, with it).
   */
  pricing: "ZEINUKI" | "ZEIKOMI";
  /**
   * How the consumption tax is rounded, once per tax rate (端数処理): KIRISUTE (切り捨て, down), SHISHAGONYU (四捨五入, half up), KIRIAGE (切り上げ, up).
   */
  taxFractionRule: "KIRISUTE" | "SHISHAGONYU" | "KIRIAGE";
  /**
   * The invoice lines (明細), in order: quantity × unit price in the line's billing unit.
   *
   * @minItems 1
   * @maxItems 100
   */
  feeLines: {
    /**
     * I.S.Rating's fee code: EVALUATION_FEE (評価料: the analysts' evaluation of the recurrence-prevention measures), CERTIFICATION_FEE (認証料: the rating committee and the certificate), DISCLOSURE_SUPPORT_FEE (結果公表支援料: publication on the website and in the mail magazine), ANALYST_ADVISORY_FEE (アナリスト助言料: advice on the measures), TRAVEL_EXPENSES (出張旅費: onsite review, at cost).
     */
    feeCode:
      "EVALUATION_FEE" | "CERTIFICATION_FEE" | "DISCLOSURE_SUPPORT_FEE" | "ANALYST_ADVISORY_FEE" | "TRAVEL_EXPENSES";
    /**
     * The line as printed (品目).
     */
    itemName: string;
    /**
     * What one of quantity is: PER_EVALUATION (評価1件), PER_CERTIFICATE (証明書1通), PER_PUBLICATION (公表1媒体), PER_ANALYST_DAY (アナリスト1人日), AT_COST (実費, one lot).
     */
    billingUnit: "PER_EVALUATION" | "PER_CERTIFICATE" | "PER_PUBLICATION" | "PER_ANALYST_DAY" | "AT_COST";
    /**
     * How many billing units, at most 3 decimals.
     */
    quantity: number;
    /**
     * Price of one billing unit, integer yen, as pricing says.
     */
    unitPriceYen: number;
    /**
     * Consumption-tax class (税区分): KAZEI_10 (課税 10%), KAZEI_8 (課税 8%, 軽減税率), HIKAZEI (非課税), FUKAZEI (不課税, e.g. reimbursed fares), MENZEI (免税).
     */
    taxClass: "KAZEI_10" | "KAZEI_8" | "HIKAZEI" | "FUKAZEI" | "MENZEI";
  }[];
  /**
   * The totals as printed (合計欄).
   */
  amounts: {
    /**
     * Per tax rate used (税率ごとの合計): its total on the pricing basis and its consumption tax.
     *
     * @maxItems 2
     */
    byTaxRate: {
      /**
       * Tax rate in percent.
       */
      ratePercent: 10 | 8;
      /**
       * The rate's total of line amounts on the pricing basis.
       */
      subtotalYen: number;
      /**
       * The rate's consumption tax.
       */
      consumptionTaxYen: number;
    }[];
    /**
     * Total of lines without consumption tax (HIKAZEI, FUKAZEI, MENZEI).
     */
    untaxedYen: number;
    /**
     * Everything billed, tax included (ご請求金額).
     */
    totalYen: number;
  };
}
