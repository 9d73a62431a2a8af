import { Logger } from '@nestjs/common';
import type { SimulatedPartnerSettings } from '@hub/adapter-kit';
import type { Bell24BoothChangeV1, Bell24OperationRequestV1, Bell24RequestWithdrawalV1, Bell24StatusReportV1 } from '@hub/contracts';
import { PartnerSender, ScriptPlayer, type SendResult } from '@hub/simulator-kit';
import { bell24Invoice } from './bell24-billing';
import { dailyReportCsv, encodeCp932, type InquiryRow, tokyoDay } from './bell24-reports';
import { BOOTHS_BY_DAY, bell24ScriptFor, type Bell24Step } from './bell24-script';

/** Something Bell24 sent the hub for a request, and the hub's answer. */
export interface SentToHub {
  /** What it was: `status:ACCEPTED`, `status:PROGRESS:NUMBER_SECURED`, `booth_change`, `daily_report:2026-11-24`, `invoice`. */
  what: string;
  path: string;
  webhookId: string;
  /** The adapter's HTTP status; null when it never answered. */
  status: number | null;
  /** The adapter's answer. */
  answer: unknown;
  /** The JSON body sent, or for a file the text before it was encoded to CP932. */
  sent: unknown;
  at: string;
}

/** A daily report file as sent: its day, its text before encoding, and the figures in it. */
export interface SentReport {
  date: string;
  /** The script's report day (0 = the first day open). */
  day: number;
  text: string;
  rows: InquiryRow[];
}

export interface ReceivedRequest {
  /** Bell24's code of the centre set up for the request. */
  centerCode: string;
  webhookId: string;
  receivedAt: string;
  request: Bell24OperationRequestV1;
  sent: SentToHub[];
}

export interface ReceivedWithdrawal {
  webhookId: string;
  receivedAt: string;
  withdrawal: Bell24RequestWithdrawalV1;
}

/**
 * The simulated Bell24 back office. It keeps what it received and what it sent in memory (a stand-in for another
 * company's system, not part of the hub) and plays each request's script with the simulator kit: one step after
 * another, each only once the previous one reached the hub, as Bell24's supervisor would work.
 */
export class Bell24System {
  private readonly logger = new Logger('Bell24 (simulated)');
  private readonly player: ScriptPlayer;
  private readonly sender: PartnerSender;
  private readonly requests = new Map<string, ReceivedRequest>();
  private readonly withdrawals = new Map<string, ReceivedWithdrawal>();
  private centers = 0;

  constructor(settings: SimulatedPartnerSettings, stepDelayMs: number, private readonly clock: () => Date = () => new Date()) {
    this.player = new ScriptPlayer(stepDelayMs);
    // The sender's back-off pauses are the player's, so stop() ends them too.
    this.sender = new PartnerSender(settings, (ms) => this.player.pause(ms));
  }

  receive(webhookId: string, request: Bell24OperationRequestV1): ReceivedRequest {
    const known = this.requests.get(request.requestId);
    if (known) return known;
    const now = this.clock();
    this.centers += 1;
    const received: ReceivedRequest = {
      centerCode: `BS24-${tokyoDay(now).slice(2, 7).replace('-', '')}-${String(this.centers).padStart(4, '0')}`,
      webhookId,
      receivedAt: now.toISOString(),
      request,
      sent: [],
    };
    this.requests.set(request.requestId, received);
    this.logger.log(`received operation request ${request.requestId} for ${request.client.corporateName} → centre ${received.centerCode}`);
    void this.player.play(bell24ScriptFor(request).map((step) => () => this.perform(received, step)));
    return received;
  }

  /** Bell24 closes the centre of a withdrawn request; undefined when it never received the request (answered 404). */
  withdraw(webhookId: string, withdrawal: Bell24RequestWithdrawalV1): ReceivedWithdrawal | undefined {
    if (!this.requests.has(withdrawal.requestId)) return undefined;
    const known = this.withdrawals.get(withdrawal.requestId);
    if (known) return known;
    const received = { webhookId, receivedAt: this.clock().toISOString(), withdrawal };
    this.withdrawals.set(withdrawal.requestId, received);
    this.logger.log(`request ${withdrawal.requestId} withdrawn: ${withdrawal.reason}`);
    return received;
  }

  find(requestId: string): ReceivedRequest | undefined {
    return this.requests.get(requestId);
  }

  list(): ReceivedRequest[] {
    return [...this.requests.values()];
  }

  withdrawalOf(requestId: string): ReceivedWithdrawal | undefined {
    return this.withdrawals.get(requestId);
  }

  /** What Bell24 sent the hub for a request, and the answers, oldest first. */
  sentFor(requestId: string): SentToHub[] {
    return this.requests.get(requestId)?.sent ?? [];
  }

  stop(): void {
    this.player.stop();
  }

  /** One step; false ends the script (withdrawn, or the hub did not take what it had to). */
  private async perform(received: ReceivedRequest, step: Bell24Step): Promise<boolean> {
    const requestId = received.request.requestId;
    // Bell24's people stop when the request is withdrawn; what they already reported stays reported.
    if (this.withdrawals.has(requestId)) return false;
    switch (step.kind) {
      case 'status':
        return this.taken(await this.send(received, `status:${[step.report.reportType, step.report.progressStep].filter(Boolean).join(':')}`, '/bell24/v1/callbacks', this.statusReport(received, step.report)));
      case 'booth_change':
        return this.taken(await this.send(received, 'booth_change', '/bell24/v1/booth-changes', this.boothChange(received, step)));
      case 'daily_report':
        return this.dailyReport(received, step);
      case 'invoice':
        return this.taken(await this.send(received, 'invoice', '/bell24/v1/invoices', this.invoice(received)));
    }
  }

  /** The supervisor's upload; a file the hub refuses (400, naming the row) is corrected and sent again. */
  private async dailyReport(received: ReceivedRequest, step: Extract<Bell24Step, { kind: 'daily_report' }>): Promise<boolean> {
    const date = this.reportDay(step.day);
    const path = `/bell24/v1/requests/${received.request.requestId}/daily-reports`;
    if (step.firstSent) {
      const first = await this.sendFile(received, path, step.day, step.firstSent);
      if (first.status !== 400) return this.taken(first);
      this.logger.log(`daily report ${date} refused: ${JSON.stringify((first.body as { issues?: unknown }).issues)}; correcting and sending again`);
    }
    return this.taken(await this.sendFile(received, path, step.day, step.rows));
  }

  private statusReport(received: ReceivedRequest, report: Extract<Bell24Step, { kind: 'status' }>['report']): Bell24StatusReportV1 {
    return { formatVersion: '1', requestId: received.request.requestId, centerCode: received.centerCode, ...report, reportedAt: this.clock().toISOString() };
  }

  private boothChange(received: ReceivedRequest, step: Extract<Bell24Step, { kind: 'booth_change' }>): Bell24BoothChangeV1 {
    const changes = received.sent.filter((s) => s.what === 'booth_change' && isTaken(s.status)).length;
    return {
      formatVersion: '1',
      requestId: received.request.requestId,
      changeNo: `BC-${String(changes + 1).padStart(4, '0')}`,
      boothsBefore: step.boothsBefore,
      boothsAfter: step.boothsAfter,
      effectiveDate: this.reportDay(step.effectiveDay),
      requestedBy: step.requestedBy,
      reason: step.reason,
      changedAt: this.clock().toISOString(),
    };
  }

  /** Billed from what the centre did: booths open on each day the hub took a report for, and the calls those reports counted. */
  private invoice(received: ReceivedRequest) {
    const reports = received.sent.filter((s) => s.what.startsWith('daily_report:') && isTaken(s.status)).map((s) => s.sent as SentReport);
    const days = reports.map((r) => r.date).sort();
    const today = tokyoDay(this.clock());
    return bell24Invoice({
      requestId: received.request.requestId,
      billTo: received.request.client.corporateName,
      // One invoice per request, numbered by it: unique across simulator restarts, which a counter of centres is not.
      invoiceNo: `BS24-INV-${today.slice(2, 7).replace('-', '')}-${received.request.requestId.slice(0, 8).toUpperCase()}`,
      issueDate: today,
      from: days[0] ?? today,
      to: days[days.length - 1] ?? today,
      boothDays: reports.reduce((total, r) => total + BOOTHS_BY_DAY[r.day], 0),
      callsOffered: reports.reduce((total, r) => total + r.rows.reduce((n, row) => n + row.offered, 0), 0),
    });
  }

  /** Report day `n` of the script: the centre opened three days ago (JST), so every reported day is over. */
  private reportDay(n: number): string {
    return tokyoDay(this.clock(), 3 - n);
  }

  private async send(received: ReceivedRequest, what: string, path: string, body: unknown): Promise<SendResult> {
    const result = await this.sender.post(path, body);
    this.record(received, what, path, result, body);
    return result;
  }

  /** A day's report as Bell24 uploads it: the CSV text encoded to CP932, under text/csv. */
  private async sendFile(received: ReceivedRequest, path: string, day: number, rows: InquiryRow[]): Promise<SendResult> {
    const date = this.reportDay(day);
    const text = dailyReportCsv(date, rows);
    const result = await this.sender.post(path, { bytes: encodeCp932(text), contentType: 'text/csv; charset=Shift_JIS' });
    const sent: SentReport = { date, day, text, rows };
    this.record(received, `daily_report:${date}`, path, result, sent);
    return result;
  }

  private record(received: ReceivedRequest, what: string, path: string, result: SendResult, sent: unknown): void {
    received.sent.push({ what, path, webhookId: result.webhookId, status: result.status, answer: result.body, sent, at: this.clock().toISOString() });
  }

  /** Later steps make no sense to the hub without this one: stop, as Bell24's supervisor would, and call. */
  private taken(result: SendResult): boolean {
    const ok = isTaken(result.status);
    if (!ok) this.logger.error(`the hub did not take a step (${result.status ?? 'no answer'}); stopping the script`);
    return ok;
  }
}

const isTaken = (status: number | null) => status !== null && status >= 200 && status < 300;
