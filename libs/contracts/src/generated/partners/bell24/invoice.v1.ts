/**
 * Generated from contracts/partners/bell24/invoice.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Bell System 24 format 1: Bell24's qualified invoice (適格請求書) for one operation request, POSTed signed (Standard Webhooks, with its bearer token) to the hub's /bell24/v1/invoices, as its billing system prints it: a set-up fee (式), booth-days (ブース×日), calls over the included volume (件), each line with its unit and its tax division (税区分), over the period the centre ran. The adapter maps it field for field to the canonical invoice (InvoiceV2); core settles it exactly as POST /invoices would, and Bell24 reads the decision at GET /bell24/v1/callbacks/{webhook-id}.
 */
export interface Bell24InvoiceV1 {
  /**
   * Bell24 interface format of this payload.
   */
  formatVersion: "1";
  /**
   * 依頼ID of the operation request invoiced.
   */
  requestId: string;
  /**
   * 請求書番号, e.g. BS24-INV-2611-0042.
   */
  invoiceNo: string;
  /**
   * 発行日 (JST).
   */
  issueDate: string;
  /**
   * 請求元: Bell24 as the issuer.
   */
  issuer: {
    /**
     * 適格請求書発行事業者の名称.
     */
    companyName: string;
    /**
     * 登録番号: T and 13 digits.
     */
    registrationNo: string;
  };
  /**
   * 宛名: the insured, or the coordinator on its behalf.
   */
  billTo: string;
  /**
   * 対象期間: from the centre's launch to its close (or the days billed).
   */
  servicePeriod: {
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
   * true: unit prices include consumption tax (税込); false: they do not (税抜).
   */
  unitPricesIncludeTax: boolean;
  /**
   * 端数処理 of the consumption tax, once per rate: 切捨て (down), 四捨五入 (half up), 切上げ (up).
   */
  taxRounding: "切捨て" | "四捨五入" | "切上げ";
  /**
   * 明細, in the invoice's order.
   *
   * @minItems 1
   * @maxItems 200
   */
  lines: {
    /**
     * Bell24's charge code: SETUP (センター立上げ費), BOOTH_DAY (ブース運用費), OVERAGE_CALL (超過受電料), CLOSING (クロージング費), TELECOM (通信費).
     */
    chargeCode: "SETUP" | "BOOTH_DAY" | "OVERAGE_CALL" | "CLOSING" | "TELECOM";
    /**
     * 品名, as printed.
     */
    itemName: string;
    /**
     * 単位: 式 (lump sum), ブース日 (booth-days: booths × days open), 件 (calls), 回線月 (line-months).
     */
    unit: "式" | "ブース日" | "件" | "回線月";
    /**
     * 数量 in the unit, at most 3 decimals.
     */
    quantity: number;
    /**
     * 単価, integer yen, with or without tax as unitPricesIncludeTax says.
     */
    unitPriceYen: number;
    /**
     * 税区分: 課税10 (taxable at 10%), 課税8 (taxable at 8%), 非課税 (non-taxable), 不課税 (outside consumption tax).
     */
    taxDivision: "課税10" | "課税8" | "非課税" | "不課税";
  }[];
  /**
   * 合計欄, as printed.
   */
  totals: {
    /**
     * 税率別内訳: one entry per rate the lines use.
     *
     * @maxItems 2
     */
    byTaxRate: {
      /**
       * 税率 in percent.
       */
      taxRate: 10 | 8;
      /**
       * 対象額: the rate's lines summed, with or without tax as unitPricesIncludeTax says.
       */
      subtotalYen: number;
      /**
       * 消費税額 at the rate, rounded once.
       */
      taxYen: number;
    }[];
    /**
     * 非課税・不課税 lines summed; 0 when none.
     */
    untaxedYen: number;
    /**
     * ご請求金額: everything charged, tax included.
     */
    totalYen: number;
  };
}
