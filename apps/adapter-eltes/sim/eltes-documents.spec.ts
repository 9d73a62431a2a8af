import { contractValidator } from '@hub/contracts';
import { dailyReportToDeliverable } from '../src/eltes-daily-report';
import { eltesInvoiceToCanonical } from '../src/eltes-invoice';
import { alertBurst } from './alert-burst';
import { dailyReport, fitToBudget, jstDate, monitoringInvoice } from './eltes-documents';

const requestId = '5e0c7b1a-2d3f-4a6b-8c9d-0e1f2a3b4c5d';
const wanted = { monitoringDays: 7, emergencyNotices: 1, officialAccountSupport: true, consultingHours: 4 };
const grossOf = (budget: number | undefined) =>
  monitoringInvoice({ requestId, invoiceNo: 'ELT-INV-2026-000001', addressee: '株式会社みなと精機', from: '2026-11-20', to: '2026-11-26', billable: fitToBudget(wanted, budget) }).totals.grandTotalYen;

describe("the simulated Eltes's invoice", () => {
  // The monitoring days first, then what else fits; at least one day even when the budget is smaller (Eltes then bills over it).
  it.each([[undefined, 1_914_000], [2_200_000, 1_914_000], [1_500_000, 1_474_000], [700_000, 660_000], [100_000, 132_000]])('within a budget of %p yen: %p yen', (budget, gross) => {
    expect(grossOf(budget)).toBe(gross);
  });

  it('is valid under Eltes\'s contract, its totals as the lines compute them', () => {
    const invoice = monitoringInvoice({ requestId, invoiceNo: 'ELT-INV-2026-000001', addressee: '株式会社みなと精機', from: '2026-11-20', to: '2026-11-26', billable: wanted });
    expect(contractValidator().validate('partners/eltes/invoice.v1', invoice)).toMatchObject({ ok: true });
    const net = invoice.lines.reduce((n, l) => n + l.quantity * l.unitPriceYen, 0);
    expect(invoice.totals).toEqual({ byTaxRate: [{ taxRatePct: 10, amountYen: net, consumptionTaxYen: Math.floor(net / 10) }], untaxedYen: 0, grandTotalYen: net + Math.floor(net / 10) });
    expect(contractValidator().validate('events/invoice-submitted.v2', { partnerId: 'eltes', ...eltesInvoiceToCanonical(invoice) })).toMatchObject({ ok: true });
  });
});

describe("the simulated Eltes's daily report", () => {
  it('counts each post once, on the day it was first detected, and adds up', () => {
    const day = jstDate(new Date('2026-11-20T05:00:00Z'));
    const { posts } = alertBurst({ requestId, total: 2_000, batchSize: 1_000, repeatShare: 0.3, urgentShare: 0.02, seed: 7, startAt: new Date('2026-11-20T04:00:00Z') });
    const report = dailyReport(requestId, day, posts);
    expect(report.alertTotals.total).toBe(1_400);
    expect(contractValidator().validate('partners/eltes/daily-report.v1', report)).toMatchObject({ ok: true });
    // The adapter's own check (breakdowns add up) holds.
    expect(dailyReportToDeliverable(report).facts).toMatchObject({ totalAlerts: 1_400, urgentAlerts: posts.filter((p) => p.riskLevel === '緊急').length });
    expect(dailyReport(requestId, '2026-11-21', posts).alertTotals.total).toBe(0);
  });
});
