import { INVOICE_SYSTEM_START, type InvoiceIssue, isIsoDate, isNonEmptyString, isRecord, shown } from './invoice-fields';
import { hasLetterOrDigit, normaliseInvoiceNumber } from './invoice-number';
import { isPricing } from './tax-category';

/**
 * The v2 header items. A qualified invoice must carry (消費税法第57条の4第1項): 1 the issuer's name and
 * registration number, 2 the date of the supply (取引年月日), 3 what was supplied, 4 the amounts per rate and
 * the rates, 5 the tax per rate, 6 the recipient's name. v1 checked only the number; items 1 (name), 2 and 6
 * are checked here, 3–5 by the lines and the stated totals.
 */

/** partnerId, invoiceNumber and the like: present, not blank, and (for numbers) with a letter or digit. */
export function checkDocumentNumber(record: Record<string, unknown>, field: string): InvoiceIssue[] {
  const value = record[field];
  if (!isNonEmptyString(value)) return [{ field, reason: 'is required and must not be empty' }];
  // Numbers are compared after normalisation (invoice-number.ts); one that normalises to nothing names nothing.
  if (!hasLetterOrDigit(normaliseInvoiceNumber(value))) return [{ field, reason: `must contain at least one letter or digit (got ${shown(value)})` }];
  return [];
}

export const ISSUER_NAME_ITEM = '適格請求書発行事業者の氏名又は名称, the issuer\'s name (消費税法第57条の4第1項第1号)';
const RECIPIENT_NAME_ITEM = '書類の交付を受ける事業者の氏名又は名称, the name of the business the invoice is addressed to (消費税法第57条の4第1項第6号)';

export function checkIssuerName(value: unknown): InvoiceIssue[] {
  return isNonEmptyString(value) ? [] : [{ field: 'issuerName', reason: `is required: ${ISSUER_NAME_ITEM}` }];
}

export function checkRecipientName(value: unknown): InvoiceIssue[] {
  return isNonEmptyString(value) ? [] : [{ field: 'recipientName', reason: `is required: ${RECIPIENT_NAME_ITEM}` }];
}

/**
 * 取引年月日 (第57条の4第1項第2号): one date, or — for supplies invoiced together, e.g. a month of call-centre
 * work (the law allows a period within one taxable period) — a period. Exactly one of the two.
 *
 * Decisions:
 * - Neither date may be after `today`: the hub pays claims for work already done (an insurer pays costs
 *   incurred), so an invoice for work still to come is refused until the work is done.
 * - A supply after the issue date is allowed, up to today: partners commonly issue a monthly invoice a few
 *   days before the month it covers ends (dated e.g. the 28th for 1st–30th), and nothing in 第57条の4 ties the
 *   issue date to the supply date. By the time the hub accepts it, `to` has passed.
 * - No supply before 2023-10-01: the qualified-invoice rules apply to supplies from that day; earlier ones
 *   are billed on a 区分記載請求書, which the hub does not accept.
 * - The period's length is not checked: the law bounds it by the issuer's taxable period, which the hub does
 *   not know.
 */
export function checkSupplyDates(record: Record<string, unknown>, today: string): InvoiceIssue[] {
  const { supplyDate, supplyPeriod } = record;
  if (supplyDate === undefined && supplyPeriod === undefined) {
    return [
      {
        field: 'supplyDate',
        reason: 'is required (取引年月日, 消費税法第57条の4第1項第2号): give supplyDate for work done on one day, or supplyPeriod { from, to } for work over a period',
      },
    ];
  }
  const issues: InvoiceIssue[] = [];
  if (supplyDate !== undefined && supplyPeriod !== undefined) {
    issues.push({ field: 'supplyDate', reason: 'give either supplyDate (one day) or supplyPeriod (from–to), not both' });
  }
  if (supplyDate !== undefined) issues.push(...checkSupplyDay(supplyDate, 'supplyDate', today));
  if (supplyPeriod !== undefined) issues.push(...checkSupplyPeriod(supplyPeriod, today));
  return issues;
}

function checkSupplyPeriod(period: unknown, today: string): InvoiceIssue[] {
  if (!isRecord(period)) return [{ field: 'supplyPeriod', reason: `must be { from, to }, two dates (YYYY-MM-DD) (got ${shown(period)})` }];
  const issues = [...checkSupplyDay(period.from, 'supplyPeriod.from', today), ...checkSupplyDay(period.to, 'supplyPeriod.to', today)];
  const { from, to } = period;
  if (issues.length === 0 && isIsoDate(from) && isIsoDate(to) && from > to) {
    issues.push({ field: 'supplyPeriod.to', reason: `is ${to}, before the period's start ${from}; a period runs from → to` });
  }
  return issues;
}

function checkSupplyDay(value: unknown, field: string, today: string): InvoiceIssue[] {
  if (!isIsoDate(value)) return [{ field, reason: `must be a date (YYYY-MM-DD) (got ${shown(value)})` }];
  if (value > today) {
    return [{ field, reason: `is ${value}, after today (${today}); the hub settles work already done, so invoice it once the work is supplied` }];
  }
  if (value < INVOICE_SYSTEM_START) {
    return [{ field, reason: `is ${value}, before ${INVOICE_SYSTEM_START}; supplies before qualified invoices began are not billed on one` }];
  }
  return [];
}

export function checkPricing(value: unknown): InvoiceIssue[] {
  if (isPricing(value)) return [];
  return [
    {
      field: 'pricing',
      reason: `must be tax_exclusive (税抜: unit prices without consumption tax) or tax_inclusive (税込: unit prices including it) (got ${shown(value)})`,
    },
  ];
}
