import { Logger } from '@nestjs/common';
import type { SimulatedPartnerSettings } from '@hub/adapter-kit';
import type { IsrRatingRequestV1, IsrRequestWithdrawalV1 } from '@hub/contracts';
import { PartnerSender, ScriptPlayer, type SimulatorOptions } from '@hub/simulator-kit';
import { type Evaluation, type IssuedCertificate, jstDate } from './isr-documents';
import { evaluationScript } from './isr-script';

/** Something I.S.Rating sent the hub about an evaluation, and the hub's answer. */
export interface SentToHub {
  /** notice, certificate, publication or invoice. */
  what: 'notice' | 'certificate' | 'publication' | 'invoice';
  /** For a notice, its type and milestone (MILESTONE_REACHED:EVALUATION_STARTED). */
  label: string;
  path: string;
  webhookId: string;
  body: unknown;
  /** The adapter's HTTP status; null when it never answered. */
  status: number | null;
  answer: unknown;
  at: string;
}

export interface ReceivedRequest extends Evaluation {
  webhookId: string;
  receivedAt: string;
  sent: SentToHub[];
  certificate?: IssuedCertificate;
}

export interface ReceivedWithdrawal {
  webhookId: string;
  receivedAt: string;
  withdrawal: IsrRequestWithdrawalV1;
}

/** Where I.S.Rating sends what, on the adapter. */
export const ISR_PATHS = {
  notice: '/isr/v1/callbacks',
  certificate: '/isr/v1/certificates',
  publication: '/isr/v1/publications',
  invoice: '/isr/v1/invoices',
} as const;

/**
 * The simulated I.S.Rating back office: the evaluation requests and withdrawals it received, kept in memory (it stands
 * in for another company's system), and its analysts' script for each request, whose every message goes out through the
 * signed sender and is kept with the hub's answer for tests to read.
 */
export class IsrBackOffice {
  private readonly logger = new Logger('I.S.Rating (simulated)');
  private readonly sender: PartnerSender;
  private readonly player: ScriptPlayer;
  private readonly requests = new Map<string, ReceivedRequest>();
  private readonly withdrawals = new Map<string, ReceivedWithdrawal>();
  // Numbers start somewhere new on each run so that runs against one database do not reuse them.
  private serial = 10_000 + Math.floor(Math.random() * 80_000);
  private issueNo = 400;

  constructor(settings: SimulatedPartnerSettings, options: SimulatorOptions) {
    this.player = new ScriptPlayer(options.stepDelayMs);
    // The sender's back-off between retries runs on the player's timers, so stop() ends those too.
    this.sender = new PartnerSender(settings, (ms) => this.player.pause(ms));
  }

  /** Registers a request once (a redelivery of the same request is the same evaluation) and starts the analysts on it. */
  receive(webhookId: string, request: IsrRatingRequestV1): ReceivedRequest {
    const known = this.requests.get(request.requestNo);
    if (known) return known;
    const serial = String(++this.serial).padStart(5, '0');
    const year = jstDate().slice(0, 4);
    const received: ReceivedRequest = {
      request,
      evaluationNo: `E${year}-${serial}`,
      certificateNo: `ISR-RP-${year}-${serial}`,
      leadAnalyst: '高橋 真理子',
      receivedOn: jstDate(),
      webhookId,
      receivedAt: new Date().toISOString(),
      sent: [],
    };
    this.requests.set(request.requestNo, received);
    this.logger.log(`evaluation request ${request.requestNo} for ${request.ratee.corporateName} → ${received.evaluationNo}`);
    void this.player.play(evaluationScript(this, received));
    return received;
  }

  /** undefined when the request never arrived (answered 404). */
  withdraw(webhookId: string, withdrawal: IsrRequestWithdrawalV1): ReceivedWithdrawal | undefined {
    if (!this.requests.has(withdrawal.requestNo)) return undefined;
    const known = this.withdrawals.get(withdrawal.requestNo);
    if (known) return known;
    const received = { webhookId, receivedAt: new Date().toISOString(), withdrawal };
    this.withdrawals.set(withdrawal.requestNo, received);
    this.logger.log(`evaluation request ${withdrawal.requestNo} withdrawn: ${withdrawal.withdrawalReason}`);
    return received;
  }

  /** The analysts stop on a withdrawn request; what they already reported stays reported. */
  isWithdrawn(requestNo: string): boolean {
    return this.withdrawals.has(requestNo);
  }

  get stopped(): boolean {
    return this.player.isStopped;
  }

  nextIssueNo(): number {
    return ++this.issueNo;
  }

  /** Sends one message to the hub and keeps it with the answer; true when the hub took it (2xx). */
  async send(evaluation: ReceivedRequest, what: SentToHub['what'], label: string, body: unknown): Promise<boolean> {
    const path = ISR_PATHS[what];
    const result = await this.sender.post(path, body);
    evaluation.sent.push({ what, label, path, webhookId: result.webhookId, body, status: result.status, answer: result.body, at: new Date().toISOString() });
    return result.status !== null && result.status < 300;
  }

  find(requestNo: string): ReceivedRequest | undefined {
    return this.requests.get(requestNo);
  }

  list(): ReceivedRequest[] {
    return [...this.requests.values()];
  }

  withdrawalOf(requestNo: string): ReceivedWithdrawal | undefined {
    return this.withdrawals.get(requestNo);
  }

  /** What was sent about a request, optionally of one kind, oldest first. */
  sentFor(requestNo: string, what?: SentToHub['what']): SentToHub[] {
    return (this.requests.get(requestNo)?.sent ?? []).filter((s) => what === undefined || s.what === what);
  }

  stop(): void {
    this.player.stop();
  }
}
