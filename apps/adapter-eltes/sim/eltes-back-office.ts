import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { SimulatedPartnerSettings } from '@hub/adapter-kit';
import type { EltesMonitoringRequestV1, EltesMonitoringStopV1, EltesProjectStatusV1 } from '@hub/contracts';
import { PartnerSender, ScriptPlayer, type SimulatorOptions } from '@hub/simulator-kit';
import { alertBurst, type Burst, type BurstOptions, type Post } from './alert-burst';
import { type Billable, dailyReport, fitToBudget, jstDate, monitoringInvoice, statusNotice } from './eltes-documents';
import { monitoringScript } from './eltes-script';

/** Something Eltes sent the hub about a request, and the hub's answer. */
export interface SentToHub {
  what: 'status' | 'alerts' | 'daily-report' | 'invoice';
  /** A status's type and milestone (MILESTONE:MONITORING_STARTED), a batch's number, a report's day, an invoice's number. */
  label: string;
  path: string;
  webhookId: string;
  /** What was sent; for an alert batch only its number and size (a burst of 1 MB batches is not kept twice). */
  body: unknown;
  /** The adapter's HTTP status; null when it never answered. */
  status: number | null;
  answer: unknown;
  at: string;
}

export interface ReceivedRequest {
  request: EltesMonitoringRequestV1;
  /** Eltes's project number (案件番号). */
  projectNo: string;
  webhookId: string;
  receivedAt: string;
  sent: SentToHub[];
  /** Every distinct post alerted on the request, in the order first alerted. */
  posts: Post[];
}

export interface ReceivedStop {
  webhookId: string;
  receivedAt: string;
  stop: EltesMonitoringStopV1;
}

/** Where Eltes sends what, on the adapter. */
export const ELTES_PATHS: Record<SentToHub['what'], string> = {
  status: '/eltes/v1/callbacks',
  alerts: '/eltes/v1/alerts',
  'daily-report': '/eltes/v1/daily-reports',
  invoice: '/eltes/v1/invoices',
};

/** The burst the script sends when an incident breaks: 3,000 alerts in batches of 1,000, 30% of them posts seen again. */
export const SCRIPT_BURST = { total: 3_000, batchSize: 1_000, repeatShare: 0.3, urgentShare: 0.01 };

/** What Eltes bills for an emergency spot engagement when the budget allows: the plan's minimum 7 days and the rest. */
const WANTED: Billable = { monitoringDays: 7, emergencyNotices: 1, officialAccountSupport: true, consultingHours: 4 };

const seedOf = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0);

/**
 * The simulated Eltes back office: the monitoring requests and stop notices it received, kept in memory (it stands in for
 * another company's system), and its analysts' script for each request. Every message goes out through the signed
 * sender and is kept with the hub's answer for tests to read.
 */
export class EltesBackOffice {
  private readonly logger = new Logger('Eltes (simulated)');
  private readonly sender: PartnerSender;
  private readonly player: ScriptPlayer;
  private readonly requests = new Map<string, ReceivedRequest>();
  private readonly stops = new Map<string, ReceivedStop>();
  // Numbers start somewhere new on each run so that runs against one database do not reuse them.
  private projectSerial = 10_000 + Math.floor(Math.random() * 80_000);
  private invoiceSerial = 100_000 + Math.floor(Math.random() * 800_000);
  private alertNo = 1 + Math.floor(Math.random() * 100_000_000);
  private batchNo = 1 + Math.floor(Math.random() * 100_000);

  constructor(settings: SimulatedPartnerSettings, options: SimulatorOptions) {
    this.player = new ScriptPlayer(options.stepDelayMs);
    // The sender's back-off pauses are the player's, so none outlives the simulator.
    this.sender = new PartnerSender(settings, (ms) => this.player.pause(ms));
  }

  /** Opens a project for a request once (a redelivery is the same request) and starts the analysts on it. */
  receive(webhookId: string, request: EltesMonitoringRequestV1): ReceivedRequest {
    const known = this.requests.get(request.requestId);
    if (known) return known;
    const received: ReceivedRequest = {
      request,
      projectNo: `ELT-PJ-${jstDate().slice(0, 4)}-${String(++this.projectSerial).padStart(5, '0')}`,
      webhookId,
      receivedAt: new Date().toISOString(),
      sent: [],
      posts: [],
    };
    this.requests.set(request.requestId, received);
    this.logger.log(`monitoring request ${request.requestId} for ${request.client.corporateName} → ${received.projectNo}`);
    void this.player.play(monitoringScript(this, received));
    return received;
  }

  /** undefined when the request never arrived (answered 404). */
  stop(webhookId: string, stop: EltesMonitoringStopV1): ReceivedStop | undefined {
    if (!this.requests.has(stop.requestId)) return undefined;
    const known = this.stops.get(stop.requestId);
    if (known) return known;
    const received = { webhookId, receivedAt: new Date().toISOString(), stop };
    this.stops.set(stop.requestId, received);
    this.logger.log(`monitoring request ${stop.requestId} stopped: ${stop.stopReason}`);
    return received;
  }

  /** The analysts stop watching a stopped request; what they already reported stays reported. */
  isStopped(requestId: string): boolean {
    return this.stops.has(requestId) || this.player.isStopped;
  }

  /** Sends one message to the hub and keeps it with the answer; true when the hub took it (2xx). */
  async send(received: ReceivedRequest, what: SentToHub['what'], label: string, body: unknown, kept: unknown = body): Promise<boolean> {
    const path = ELTES_PATHS[what];
    const result = await this.sender.post(path, body);
    received.sent.push({ what, label, path, webhookId: result.webhookId, body: kept, status: result.status, answer: result.body, at: new Date().toISOString() });
    return result.status !== null && result.status < 300;
  }

  sendStatus(received: ReceivedRequest, statusType: EltesProjectStatusV1['statusType'], extra: Partial<EltesProjectStatusV1> = {}): Promise<boolean> {
    const label = extra.milestone ? `${statusType}:${extra.milestone}` : statusType;
    return this.send(received, 'status', label, statusNotice(received.request.requestId, received.projectNo, statusType, extra));
  }

  /**
   * A burst of alerts on a request, batch after batch as fast as the hub answers (Eltes's crawler after a story breaks),
   * generated by `alertBurst`; detections spread over the seconds before now. Stops at the first batch the hub refuses.
   */
  async sendAlertBurst(requestId: string, options: Partial<Omit<BurstOptions, 'requestId'>> = {}): Promise<{ burst: Burst; sent: SentToHub[]; ok: boolean }> {
    const received = this.requireRequest(requestId);
    const total = options.total ?? SCRIPT_BURST.total;
    const burst = alertBurst({
      ...SCRIPT_BURST,
      seed: seedOf(`${requestId}:${received.sent.length}`),
      startAt: new Date(Date.now() - total * 1_000),
      firstAlertNo: this.alertNo,
      firstBatchNo: this.batchNo,
      firstPostIndex: received.posts.length,
      ...options,
      total,
      requestId,
    });
    this.alertNo += total;
    this.batchNo += burst.batches.length;
    received.posts.push(...burst.posts);
    const sent: SentToHub[] = [];
    for (const batch of burst.batches) {
      if (this.isStopped(requestId)) return { burst, sent, ok: false };
      const ok = await this.send(received, 'alerts', batch.batchNo, batch, { batchNo: batch.batchNo, alerts: batch.alerts.length });
      sent.push(received.sent[received.sent.length - 1]);
      if (!ok) return { burst, sent, ok: false };
    }
    this.logger.log(`${received.projectNo}: ${total} alerts sent in ${burst.batches.length} batches, ${burst.posts.length} distinct posts`);
    return { burst, sent, ok: true };
  }

  /** The day's report (today in JST unless told) from the posts alerted on the request. */
  sendDailyReport(requestId: string, day = jstDate(), revision = 1): Promise<boolean> {
    const received = this.requireRequest(requestId);
    return this.send(received, 'daily-report', `${day}#${revision}`, dailyReport(requestId, day, received.posts, revision));
  }

  /** The invoice for the request, within its budget, for the days from receipt to today. */
  sendInvoice(requestId: string): Promise<boolean> {
    const received = this.requireRequest(requestId);
    const invoiceNo = `ELT-INV-${jstDate().slice(0, 4)}-${String(++this.invoiceSerial).padStart(6, '0')}`;
    const invoice = monitoringInvoice({
      requestId,
      invoiceNo,
      addressee: received.request.client.corporateName,
      from: jstDate(new Date(received.receivedAt)),
      to: jstDate(),
      billable: fitToBudget(WANTED, received.request.budgetInclTaxYen),
    });
    return this.send(received, 'invoice', invoiceNo, invoice);
  }

  find(requestId: string): ReceivedRequest | undefined {
    return this.requests.get(requestId);
  }

  list(): ReceivedRequest[] {
    return [...this.requests.values()];
  }

  stopOf(requestId: string): ReceivedStop | undefined {
    return this.stops.get(requestId);
  }

  /** What was sent about a request, optionally of one kind, oldest first. */
  sentAbout(requestId: string, what?: SentToHub['what']): SentToHub[] {
    return (this.requests.get(requestId)?.sent ?? []).filter((s) => what === undefined || s.what === what);
  }

  /** Stops every script at once; nothing Eltes does outlives the simulator. */
  stopAll(): void {
    this.player.stop();
  }

  private requireRequest(requestId: string): ReceivedRequest {
    const received = this.requests.get(requestId);
    if (!received) throw new Error(`Eltes never received monitoring request ${requestId}`);
    return received;
  }
}
