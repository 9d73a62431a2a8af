/**
 * Generated from contracts/partners/prap/seikyusho.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * PRAP Japan Crisis Desk API v1: PRAP's qualified invoice (適格請求書) for one matter, POSTed signed (Standard Webhooks, with PRAP's bearer token) to the hub's /prap/v1/invoices, in the terms of PRAP's billing system: its item codes (monthly retainer 月額顧問料, press-conference support per job, newspaper-notice placement at cost 実費, apology letters), a unit per line (月, 回, 件, 式, 時間, 部), its tax codes and its own totals block. The adapter maps it field for field to the canonical invoice (InvoiceV2), the unit carried into the line's description; core settles it as POST /invoices would, and PRAP reads the decision at GET /prap/v1/callbacks/{webhook-id}.
 */
export type PrapSeikyushoV1 = {
  /**
   * Crisis Desk API version of this payload.
   */
  apiVersion: "1";
  /**
   * The matter invoiced: the ankenId the hub sent.
   */
  ankenId: string;
  /**
   * 請求書番号, PRAP's invoice number as printed, e.g. PJ-2026-11-0456.
   */
  seikyuNo: string;
  /**
   * 発行日, the issue date (JST).
   */
  hakkoBi: string;
  /**
   * 発行者: PRAP as the issuer.
   */
  hakkosha: {
    /**
     * 名称, the issuer's name (適格請求書発行事業者の名称).
     */
    meisho: string;
    /**
     * 登録番号, the qualified-invoice issuer registration number.
     */
    tourokuBango: string;
  };
  /**
   * 宛名, who the invoice is addressed to: the insured, or the coordinator on its behalf.
   */
  atena: string;
  /**
   * 取引日, the day the work was done. Exactly one of torihikiBi and torihikiKikan.
   */
  torihikiBi?: string;
  /**
   * 取引期間, the period of the work (a retainer month, the crisis weeks). Exactly one of torihikiBi and torihikiKikan.
   */
  torihikiKikan?: {
    /**
     * 開始日, the first day.
     */
    kaishi: string;
    /**
     * 終了日, the last day.
     */
    shuryo: string;
  };
  /**
   * 金額区分: ZEINUKI, unit prices without consumption tax (税抜); ZEIKOMI, with it (税込).
   */
  kingakuKubun: "ZEINUKI" | "ZEIKOMI";
  /**
   * 端数処理, how PRAP rounds the consumption tax, once per rate: KIRISUTE (切り捨て), SHISHAGONYU (四捨五入), KIRIAGE (切り上げ).
   */
  hasuShori: "KIRISUTE" | "SHISHAGONYU" | "KIRIAGE";
  /**
   * 明細, the invoice lines in order.
   *
   * @minItems 1
   * @maxItems 100
   */
  meisai: {
    /**
     * 品目, PRAP's billing item: GETSUGAKU_KOMON (月額顧問料, the monthly retainer), KISHA_KAIKEN_SHIEN (記者会見実施支援, per conference), HODO_SHIRYO_SAKUSEI (報道発表資料作成・チェック), SHAKOKU_KEISAI_JIPPI (新聞社告掲載料, at cost), OWABI_BUNSHO (お詫び文書作成・発送), MEDIA_MONITORING (報道モニタリング), KOHO_CONSULTING (広報コンサルティング, spot), TATEKAE_JIPPI (立替実費: venue, distribution fees).
     */
    hinmoku:
      | "GETSUGAKU_KOMON"
      | "KISHA_KAIKEN_SHIEN"
      | "HODO_SHIRYO_SAKUSEI"
      | "SHAKOKU_KEISAI_JIPPI"
      | "OWABI_BUNSHO"
      | "MEDIA_MONITORING"
      | "KOHO_CONSULTING"
      | "TATEKAE_JIPPI";
    /**
     * 摘要, the line as printed.
     */
    tekiyo: string;
    /**
     * 数量, in tani; at most 3 decimals.
     */
    suryo: number;
    /**
     * 単位, the billing unit: 月 (a retainer month), 回 (a conference or a placement), 件 (a document or notice), 式 (a lot), 時間 (consultant hours), 部 (copies of letters sent).
     */
    tani: "月" | "回" | "件" | "式" | "時間" | "部";
    /**
     * 単価, the unit price in integer yen, as kingakuKubun prices it.
     */
    tanka: number;
    /**
     * 税区分: KAZEI_10 (課税 10%), KAZEI_8 (課税 8%, 軽減税率), HIKAZEI (非課税, e.g. postage stamps), FUKAZEI (不課税, e.g. reimbursed fees), MENZEI (免税).
     */
    zeiKubun: "KAZEI_10" | "KAZEI_8" | "HIKAZEI" | "FUKAZEI" | "MENZEI";
  }[];
  /**
   * 合計, PRAP's totals as printed.
   */
  gokei: {
    /**
     * 税率別, per tax rate used: the rate's total as priced, and its tax.
     *
     * @maxItems 2
     */
    zeiritsuBetsu: {
      /**
       * 税率, in percent.
       */
      zeiritsu: 10 | 8;
      /**
       * 対象金額, the rate's total of line amounts as priced, integer yen.
       */
      taishoKingaku: number;
      /**
       * 消費税, the rate's consumption tax, integer yen.
       */
      shohizei: number;
    }[];
    /**
     * 非課税等, the total of lines bearing no consumption tax (非課税, 不課税, 免税), integer yen.
     */
    hikazeiTou: number;
    /**
     * 請求金額, everything the invoice charges, tax included, integer yen.
     */
    seikyuKingaku: number;
  };
} & {
  [k: string]: unknown;
};
