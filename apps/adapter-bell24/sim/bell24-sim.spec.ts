import { type Bell24OperationRequestV1, contractValidator } from '@hub/contracts';
import { Refusal } from '@hub/refusals';
import { bell24InvoiceToCanonical } from '../src/bell24-invoice';
import { readDailyReportFile } from '../src/daily-report-csv';
import { bell24Invoice } from './bell24-billing';
import { dailyReportCsv, encodeCp932 } from './bell24-reports';
import { bell24ScriptFor, type Bell24Step } from './bell24-script';

const REQUEST_ID = '5b0c6d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
const request = { requestId: REQUEST_ID, requestDetails: '窓口の開設' } as Bell24OperationRequestV1;
const reports = bell24ScriptFor(request).filter((s): s is Extract<Bell24Step, { kind: 'daily_report' }> => s.kind === 'daily_report');
const read = (csv: string) => readDailyReportFile(encodeCp932(csv), 'text/csv; charset=Shift_JIS', { requestId: REQUEST_ID, today: '2026-11-27' });

// The simulator writes what the adapter reads: its files, byte for byte as Bell24 uploads them, and its invoice.
describe('the Bell24 simulator\'s files and invoice', () => {
  it('writes three days the adapter reads back exactly, remarks with ㈱, 髙 and both kinds of kana included', () => {
    expect(reports).toHaveLength(3);
    reports.forEach((step, day) => {
      const report = read(dailyReportCsv(`2026-11-2${4 + day}`, step.rows));
      expect(report.rows.map((r) => [r.inquiryType, r.callsOffered, r.callsAnswered, r.callsAbandoned, r.escalations, r.averageTalkSeconds, r.remarks])).toEqual(
        step.rows.map((r) => [r.inquiryType, r.offered, r.answered, r.abandoned, r.escalations, r.averageTalkSeconds, r.remarks]),
      );
    });
    expect(reports[0].rows[0].remarks).toBe('㈱髙島商事様より照会あり（ｶﾅ氏名：ﾀｶｼﾏ／カナ氏名：タカシマ）');
  });

  it('keys one figure wrong in the second day\'s first file, which the adapter refuses naming row 3', () => {
    const mistyped = reports[1].firstSent ?? [];
    let refusal: unknown;
    try {
      read(dailyReportCsv('2026-11-25', mistyped));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(Refusal);
    expect((refusal as Refusal).issues).toEqual([{ field: 'row 3: 応答数', reason: 'must not exceed 入電数 (95 > 90)' }]);
  });

  it('invoices booth-days, set-up and overage with totals that add up, under the order\'s estimate', () => {
    const calls = reports.reduce((n, step) => n + step.rows.reduce((m, r) => m + r.offered, 0), 0);
    const invoice = bell24Invoice({ requestId: REQUEST_ID, billTo: '株式会社みなと精機', invoiceNo: 'BS24-INV-2611-0001', issueDate: '2026-11-27', from: '2026-11-24', to: '2026-11-26', boothDays: 13, callsOffered: calls });
    expect(contractValidator().validate('partners/bell24/invoice.v1', invoice).ok).toBe(true);
    expect(invoice.lines.map((l) => [l.chargeCode, l.quantity, l.unitPriceYen])).toEqual([
      ['SETUP', 1, 350_000],
      ['BOOTH_DAY', 13, 38_000],
      ['OVERAGE_CALL', 835 - 13 * 40, 300],
      ['CLOSING', 1, 80_000],
      ['TELECOM', 1, 15_000],
    ]);
    expect(invoice.totals).toEqual({ byTaxRate: [{ taxRate: 10, subtotalYen: 1_033_500, taxYen: 103_350 }], untaxedYen: 0, totalYen: 1_136_850 });
    expect(contractValidator().validate('events/invoice-submitted.v2', { partnerId: 'bell24', ...bell24InvoiceToCanonical(invoice) }).ok).toBe(true);
  });

  it('declines a request that asks for it', () => {
    expect(bell24ScriptFor({ ...request, requestDetails: '夜間窓口 #sim-decline' })).toEqual([
      { kind: 'status', report: { reportType: 'DECLINED', declineReason: expect.any(String) } },
    ]);
  });
});
