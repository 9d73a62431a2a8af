/**
 * What a line is, for consumption tax, and how an invoice prices its lines.
 *
 * Partners' invoices to the hub are not all 課税: an incident response passes on costs that carry no
 * consumption tax, and a qualified invoice lists them apart from the per-rate totals (消費税法第57条の4第1項
 * 第4号・第5号 ask for the amounts and the tax *per rate*; what is not taxed has no rate).
 *
 * - taxable 課税 — the partner's own services (forensics, PR, call centre): 10%, or 8% for food (見舞品の菓子).
 * - non_taxable 非課税 — supplies 消費税法第6条 and its 別表 exempt: gift cards and vouchers (商品券等, e.g.
 *   QUO cards sent to victims as 見舞品), postage stamps (郵便切手) bought for apology letters.
 * - out_of_scope 不課税 — no supply for consideration at all: condolence money (見舞金), stamp duty and other
 *   taxes passed on (印紙税, 租税公課), and reimbursed expenses paid on the client's behalf (立替金, e.g. train
 *   fares; the NTA インボイスQ&A treats 立替金 as outside the issuer's own supply).
 * - zero_rated 免税 — export supplies (輸出免税, 消費税法第7条): taxable in principle, taxed at 0.
 *
 * The last three carry no tax rate and add up to the invoice's `nonTaxableYen`; the hub's settlement does
 * not need to tell them apart, only that no consumption tax is in them.
 */
export type TaxCategory = 'taxable' | 'non_taxable' | 'out_of_scope' | 'zero_rated';

export const TAX_CATEGORIES: readonly TaxCategory[] = ['taxable', 'non_taxable', 'out_of_scope', 'zero_rated'];

export const TAX_CATEGORY_LABELS: Readonly<Record<TaxCategory, string>> = {
  taxable: '課税',
  non_taxable: '非課税',
  out_of_scope: '不課税',
  zero_rated: '免税',
};

export function isTaxCategory(value: unknown): value is TaxCategory {
  return typeof value === 'string' && (TAX_CATEGORIES as readonly string[]).includes(value);
}

/**
 * 税抜 (unit prices without tax, tax added on top) or 税込 (unit prices include tax, the tax is the part of
 * the total it contains). Both are lawful; 施行令第70条の10 gives the formula for each.
 */
export type Pricing = 'tax_exclusive' | 'tax_inclusive';

export const PRICINGS: readonly Pricing[] = ['tax_exclusive', 'tax_inclusive'];

export const PRICING_LABELS: Readonly<Record<Pricing, string>> = { tax_exclusive: '税抜', tax_inclusive: '税込' };

export function isPricing(value: unknown): value is Pricing {
  return typeof value === 'string' && (PRICINGS as readonly string[]).includes(value);
}

/** `taxable (課税)`: the category as a reason names it. */
export function categoryText(category: TaxCategory): string {
  return `${category} (${TAX_CATEGORY_LABELS[category]})`;
}

/** `tax-inclusive (税込)`: the pricing as a reason names it. */
export function pricingText(pricing: Pricing): string {
  return `${pricing === 'tax_exclusive' ? 'tax-exclusive' : 'tax-inclusive'} (${PRICING_LABELS[pricing]})`;
}
