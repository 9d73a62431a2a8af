/**
 * The statement trailer (8) as arithmetic: what it must say for a header and its entries. The writer writes it,
 * the reader compares the bank's trailer with it, so the two can never disagree on the rules.
 */
import { ZenginFormatError } from './errors';
import { addYen, labelOf } from './layout';
import { STATEMENT_TRAILER_LAYOUT as TRAILER } from './statement-layouts';
import type { Overdraft, StatementEntry, StatementHeader, StatementTrailer } from './statement-types';

const label = (key: keyof StatementTrailer) => labelOf(TRAILER, key);

/** Counts and totals by direction, and 取引後残高 = 取引前残高 + deposits − withdrawals with its sign as 貸越区分. */
export function computeTrailer(header: StatementHeader, entries: readonly StatementEntry[]): StatementTrailer {
  let [depositCount, depositTotalYen, withdrawalCount, withdrawalTotalYen] = [0, 0, 0, 0];
  for (const entry of entries) {
    if (entry.direction === 'deposit') {
      depositCount += 1;
      depositTotalYen = addYen(depositTotalYen, entry.amountYen, label('depositTotalYen'));
    } else {
      withdrawalCount += 1;
      withdrawalTotalYen = addYen(withdrawalTotalYen, entry.amountYen, label('withdrawalTotalYen'));
    }
  }
  const opening = header.overdraft === '2' ? -header.openingBalanceYen : header.openingBalanceYen;
  const closing = addYen(addYen(opening, depositTotalYen, label('closingBalanceYen')), -withdrawalTotalYen, label('closingBalanceYen'));
  const overdraft: Overdraft = closing < 0 ? '2' : '1';
  return { depositCount, depositTotalYen, withdrawalCount, withdrawalTotalYen, overdraft, closingBalanceYen: Math.abs(closing), dataRecordCount: entries.length };
}

/** The trailer record's values (digits), ready for encodeRecord. */
export function trailerDigits(trailer: StatementTrailer): Record<(typeof TRAILER.fields)[number]['key'], string> {
  return {
    recordType: '8',
    depositCount: String(trailer.depositCount),
    depositTotalYen: String(trailer.depositTotalYen),
    withdrawalCount: String(trailer.withdrawalCount),
    withdrawalTotalYen: String(trailer.withdrawalTotalYen),
    overdraft: trailer.overdraft,
    closingBalanceYen: String(trailer.closingBalanceYen),
    dataRecordCount: String(trailer.dataRecordCount),
    dummy: '',
  };
}

/** Throws, naming the trailer record and field, at the first figure the bank's trailer states differently. */
export function checkTrailer(stated: StatementTrailer, computed: StatementTrailer, record: number): void {
  const fail = (key: keyof StatementTrailer, reason: string) => new ZenginFormatError(record, label(key), reason);
  const counts = [['depositCount', 'deposit'], ['withdrawalCount', 'withdrawal'], ['dataRecordCount', 'data']] as const;
  for (const [key, what] of counts) {
    if (stated[key] !== computed[key]) throw fail(key, `count ${stated[key]} differs from the number of ${what} records ${computed[key]}`);
  }
  const totals = [['depositTotalYen', 'deposit'], ['withdrawalTotalYen', 'withdrawal']] as const;
  for (const [key, what] of totals) {
    if (stated[key] !== computed[key]) throw fail(key, `total ${stated[key]} differs from the sum of ${what} records ${computed[key]}`);
  }
  const signed = (trailer: StatementTrailer) => (trailer.overdraft === '2' ? -trailer.closingBalanceYen : trailer.closingBalanceYen);
  if (signed(stated) !== signed(computed)) {
    throw fail('closingBalanceYen', `balance ${signed(stated)} differs from 取引前残高 + deposits − withdrawals = ${signed(computed)}`);
  }
}

