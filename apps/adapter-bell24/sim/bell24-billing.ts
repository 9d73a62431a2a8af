import type { Bell24InvoiceV1 } from '@hub/contracts';
import { findPartner } from '@hub/partners';

/** Bell24's rates for an incident hotline (税抜), as its quotation would list them. */
export const RATES = { setupYen: 350_000, boothDayYen: 38_000, includedCallsPerBoothDay: 40, overageCallYen: 300, closingYen: 80_000, tollFreeLineMonthYen: 15_000 };

export interface OperationFigures {
  requestId: string;
  billTo: string;
  invoiceNo: string;
  issueDate: string;
  /** The days the centre took calls, first and last. */
  from: string;
  to: string;
  /** Booths open each day, summed (ブース×日). */
  boothDays: number;
  callsOffered: number;
}

/**
 * Bell24's invoice for a hotline, as its billing system prints it: set-up, booth-days, calls beyond the volume the
 * booth-days include, closing and the toll-free line, all taxable at 10% and priced without tax, the tax rounded down
 * once. Totals are Bell24's own arithmetic, which core checks.
 */
export function bell24Invoice(figures: OperationFigures): Bell24InvoiceV1 {
  const overage = Math.max(0, figures.callsOffered - figures.boothDays * RATES.includedCallsPerBoothDay);
  const lines: Bell24InvoiceV1['lines'] = [
    { chargeCode: 'SETUP', itemName: 'センター立上げ費（番号確保・スクリプト／FAQ作成・研修）', unit: '式', quantity: 1, unitPriceYen: RATES.setupYen, taxDivision: '課税10' },
    { chargeCode: 'BOOTH_DAY', itemName: 'ブース運用費', unit: 'ブース日', quantity: figures.boothDays, unitPriceYen: RATES.boothDayYen, taxDivision: '課税10' },
    ...(overage > 0 ? [{ chargeCode: 'OVERAGE_CALL' as const, itemName: `超過受電料（${RATES.includedCallsPerBoothDay}件／ブース日 超過分）`, unit: '件' as const, quantity: overage, unitPriceYen: RATES.overageCallYen, taxDivision: '課税10' as const }] : []),
    { chargeCode: 'CLOSING', itemName: 'クロージング費（受付記録のデータ消去を含む）', unit: '式', quantity: 1, unitPriceYen: RATES.closingYen, taxDivision: '課税10' },
    { chargeCode: 'TELECOM', itemName: 'フリーダイヤル回線費', unit: '回線月', quantity: 1, unitPriceYen: RATES.tollFreeLineMonthYen, taxDivision: '課税10' },
  ];
  const subtotalYen = lines.reduce((total, line) => total + line.quantity * line.unitPriceYen, 0);
  const taxYen = Math.floor((subtotalYen * 10) / 100);
  const bell24 = findPartner('bell24');
  if (!bell24) throw new Error('Bell System 24 is not in the partner directory');
  return {
    formatVersion: '1',
    requestId: figures.requestId,
    invoiceNo: figures.invoiceNo,
    issueDate: figures.issueDate,
    issuer: { companyName: bell24.nameJa, registrationNo: bell24.registrationNumber },
    billTo: figures.billTo,
    servicePeriod: { from: figures.from, to: figures.to },
    unitPricesIncludeTax: false,
    taxRounding: '切捨て',
    lines,
    totals: { byTaxRate: [{ taxRate: 10, subtotalYen, taxYen }], untaxedYen: 0, totalYen: subtotalYen + taxYen },
  };
}
