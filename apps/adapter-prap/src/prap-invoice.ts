import type { InvoiceV2, PrapSeikyushoV1 } from '@hub/contracts';

type Line = InvoiceV2['lines'][number];
type Meisai = PrapSeikyushoV1['meisai'][number];

/**
 * PRAP's billing items in the policy's cost categories (seed 003 §5: 社告・謝罪会見・お詫び状 and consulting costs). The
 * retainer, monitoring and spot advice are PR consulting; conferences, release materials, notices placed at cost and
 * the fees PRAP advances for them are public notice and press; apology letters are their own category.
 */
const CATEGORY_OF_HINMOKU: Record<Meisai['hinmoku'], Line['category']> = {
  GETSUGAKU_KOMON: 'consulting',
  KISHA_KAIKEN_SHIEN: 'public_notice_and_press',
  HODO_SHIRYO_SAKUSEI: 'public_notice_and_press',
  SHAKOKU_KEISAI_JIPPI: 'public_notice_and_press',
  OWABI_BUNSHO: 'apology_letters',
  MEDIA_MONITORING: 'consulting',
  KOHO_CONSULTING: 'consulting',
  TATEKAE_JIPPI: 'public_notice_and_press',
};

const TAX_OF_KUBUN: Record<Meisai['zeiKubun'], Pick<Line, 'taxCategory' | 'taxRate'>> = {
  KAZEI_10: { taxCategory: 'taxable', taxRate: 10 },
  KAZEI_8: { taxCategory: 'taxable', taxRate: 8 },
  HIKAZEI: { taxCategory: 'non_taxable' },
  FUKAZEI: { taxCategory: 'out_of_scope' },
  MENZEI: { taxCategory: 'zero_rated' },
};

const ROUNDING: Record<PrapSeikyushoV1['hasuShori'], InvoiceV2['roundingMode']> = { KIRISUTE: 'floor', SHISHAGONYU: 'round', KIRIAGE: 'ceil' };

/**
 * The line as the canonical invoice describes it: PRAP's 摘要 with its billing unit, which the canonical line has no field
 * for, so a reader comparing the invoice with the order's estimate sees a retainer month from a per-conference fee.
 */
export const lineDescription = (meisai: Pick<Meisai, 'tekiyo' | 'tani'>): string => `${meisai.tekiyo}（単位: ${meisai.tani}）`;

/**
 * PRAP's invoice (請求書) as the canonical invoice, field for field: nothing is computed or corrected here, so core checks
 * PRAP's own totals, tax per rate and registration number exactly as it checks POST /invoices.
 */
export function prapInvoiceToCanonical(invoice: PrapSeikyushoV1): Omit<InvoiceV2, 'partnerId'> {
  return {
    orderId: invoice.ankenId,
    invoiceNumber: invoice.seikyuNo,
    issueDate: invoice.hakkoBi,
    issuerName: invoice.hakkosha.meisho,
    issuerRegistrationNumber: invoice.hakkosha.tourokuBango,
    recipientName: invoice.atena,
    ...(invoice.torihikiKikan ? { supplyPeriod: { from: invoice.torihikiKikan.kaishi, to: invoice.torihikiKikan.shuryo } } : {}),
    ...(invoice.torihikiBi ? { supplyDate: invoice.torihikiBi } : {}),
    pricing: invoice.kingakuKubun === 'ZEINUKI' ? 'tax_exclusive' : 'tax_inclusive',
    roundingMode: ROUNDING[invoice.hasuShori],
    lines: invoice.meisai.map((meisai) => ({
      description: lineDescription(meisai),
      category: CATEGORY_OF_HINMOKU[meisai.hinmoku],
      quantity: meisai.suryo,
      unitPriceYen: meisai.tanka,
      ...TAX_OF_KUBUN[meisai.zeiKubun],
    })),
    stated: {
      byRate: invoice.gokei.zeiritsuBetsu.map((r) => ({ rate: r.zeiritsu, amountYen: r.taishoKingaku, taxYen: r.shohizei })),
      nonTaxableYen: invoice.gokei.hikazeiTou,
      grossYen: invoice.gokei.seikyuKingaku,
    },
  };
}
