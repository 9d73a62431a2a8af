import { Logger, type RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import type { CmgMandateBriefV1, CmgMandateStandDownV1, CmgSignOffV1 } from '@hub/contracts';
import type { HubSignatureCheck, PartnerSender, ScriptPlayer, SendResult } from '@hub/simulator-kit';
import { feeNoteFor, holdingStatement, logEntry, type MandateFile, MONITORING_SUMMARY, revisedStatement, type Statement, statementBody } from './cmg-paperwork';

/** One request CMG's systems sent the hub, and the hub's answer. */
export interface SentToHub {
  what: string;
  path: string;
  body: unknown;
  webhookId: string;
  /** The adapter's HTTP status; null when it never answered. */
  status: number | null;
  answer: unknown;
  at: string;
}

export interface ReceivedNotice<Notice> {
  webhookId: string;
  receivedAt: string;
  notice: Notice;
}

/** A mandate in CMG's Crisis Room: what the hub sent about it and what CMG sent back. */
export interface Mandate extends MandateFile {
  webhookId: string;
  /** Each statement's latest revision as CMG released it, by statement reference. */
  statements: Record<string, Statement>;
  signOffs: ReceivedNotice<CmgSignOffV1>[];
  standDown?: ReceivedNotice<CmgMandateStandDownV1>;
  sent: SentToHub[];
}

const CALLBACKS = '/cmg/v1/callbacks';
const STATEMENTS = (mandateId: string) => `/cmg/v1/mandates/${mandateId}/statements`;

/**
 * The simulated CMG Japan Crisis Room: it keeps what it received in memory (it stands in for another company's system)
 * and works each mandate as CMG's consultants would. After the brief arrives: take it on, convene the client's crisis
 * cell, run the crisis simulation and release the holding statement for sign-off. Then it waits for the coordinator: a
 * statement sent back comes back as the next revision with the comments worked in; the signed-off holding statement is
 * issued, followed by the media-response strategy, the spokesperson's coaching, the monitoring summary, completion and
 * the fee note. A brief that says `#sim-decline` is declined. A mandate stood down gets nothing more.
 */
export class CmgCrisisRoom {
  private readonly logger = new Logger('CMG Japan (simulated)');
  private readonly mandates = new Map<string, Mandate>();
  private readonly seenWebhookIds = new Set<string>();
  // Mandate numbers run on from a random point, as a new simulator is not CMG's first mandate of the year.
  private sequence = Math.floor(Math.random() * 5000);

  constructor(
    private readonly sender: PartnerSender,
    private readonly signature: HubSignatureCheck,
    private readonly player: ScriptPlayer,
  ) {}

  /** Refuses (401) what the hub did not sign. */
  verify(request: RawBodyRequest<Request>): void {
    this.signature.verify(request);
  }

  receive(webhookId: string, brief: CmgMandateBriefV1): Mandate {
    const known = this.mandates.get(brief.mandateId);
    if (known) return known;
    this.sequence = (this.sequence % 9999) + 1;
    const receivedAt = new Date();
    const mandate: Mandate = {
      cmgMandateNo: `CMG-${String(new Date(receivedAt.getTime() + 9 * 3600_000).getUTCFullYear()).slice(2)}-${String(this.sequence).padStart(4, '0')}`,
      receivedAt: receivedAt.toISOString(),
      brief,
      webhookId,
      statements: {},
      signOffs: [],
      sent: [],
    };
    this.mandates.set(brief.mandateId, mandate);
    this.logger.log(`mandate ${brief.mandateId} for ${brief.client.companyName} opened as ${mandate.cmgMandateNo}`);
    void this.player.play(this.opening(mandate));
    return mandate;
  }

  /** CMG stands down from a mandate; undefined when CMG never received it (answered 404). */
  standDown(webhookId: string, notice: CmgMandateStandDownV1): Mandate | undefined {
    const mandate = this.mandates.get(notice.mandateId);
    if (!mandate) return undefined;
    mandate.standDown ??= { webhookId, receivedAt: new Date().toISOString(), notice };
    return mandate;
  }

  /**
   * The coordinator's decision on a statement; undefined when CMG has no such statement (answered 404). A notice delivered
   * again (same webhook-id) is answered without acting on it twice.
   */
  signOff(webhookId: string, notice: CmgSignOffV1): Mandate | undefined {
    const mandate = this.mandates.get(notice.mandateId);
    const statement = mandate?.statements[notice.statementRef];
    if (!mandate || !statement) return undefined;
    if (this.seenWebhookIds.has(webhookId)) return mandate;
    this.seenWebhookIds.add(webhookId);
    mandate.signOffs.push({ webhookId, receivedAt: new Date().toISOString(), notice });
    // A decision on a revision CMG has since replaced changes nothing at CMG.
    if (notice.revision !== statement.revision) return mandate;
    void this.player.play(this.afterSignOff(mandate, statement, notice));
    return mandate;
  }

  list(): Mandate[] {
    return [...this.mandates.values()];
  }

  find(mandateId: string): Mandate | undefined {
    return this.mandates.get(mandateId);
  }

  /** The sign-off notices CMG received on the mandate's statements, in arrival order. */
  signOffsOf(mandateId: string): CmgSignOffV1[] {
    return (this.mandates.get(mandateId)?.signOffs ?? []).map((s) => s.notice);
  }

  /** What CMG sent the hub about the mandate, with the hub's answers. */
  sentFor(mandateId: string): SentToHub[] {
    return this.mandates.get(mandateId)?.sent ?? [];
  }

  stop(): void {
    this.player.stop();
  }

  private opening(mandate: Mandate): (() => Promise<boolean>)[] {
    if (mandate.brief.briefing.includes('#sim-decline')) {
      return [() => this.log(mandate, 'DECLINED', { declineReason: '同一事案で別の当事者を支援しており、利益相反のため受任できません' })];
    }
    return [
      () => this.log(mandate, 'ENGAGED', { consultantNote: 'シニアコンサルタント中村を主担当に選任しました' }),
      () => this.log(mandate, 'MILESTONE', { milestone: 'CRISIS_CELL_CONVENED', consultantNote: '経営陣・広報・法務・情報システムで危機対策チームを招集' }),
      () => this.log(mandate, 'MILESTONE', { milestone: 'SIMULATION_RUN', consultantNote: 'クライシス・シミュレーションを実施し、ホールディング・ステートメントを起案' }),
      () => this.release(mandate, holdingStatement(mandate)),
    ];
  }

  private afterSignOff(mandate: Mandate, statement: Statement, notice: CmgSignOffV1): (() => Promise<boolean>)[] {
    if (notice.verdict === 'REVISE') return [() => this.release(mandate, revisedStatement(mandate, statement, notice.reviewerComments ?? ''))];
    if (statement.statementType !== 'HOLDING_STATEMENT') return [];
    return [
      () => this.log(mandate, 'MILESTONE', { milestone: 'HOLDING_STATEMENT_ISSUED', consultantNote: `第${notice.revision}版を自社サイトに掲載し、報道各社の問い合わせに回答` }),
      () => this.log(mandate, 'MILESTONE', { milestone: 'MEDIA_STRATEGY_AGREED' }),
      () => this.log(mandate, 'MILESTONE', { milestone: 'SPOKESPERSON_COACHED', consultantNote: '社長・広報部長の記者会見トレーニングを実施（模擬会見2回）' }),
      () => this.log(mandate, 'MILESTONE', { milestone: 'MONITORING_SUMMARY_ISSUED', consultantNote: MONITORING_SUMMARY }),
      () => this.log(mandate, 'COMPLETED', { consultantNote: '緊急対応フェーズを終了しました' }),
      () => this.send(mandate, 'fee note', '/cmg/v1/invoices', feeNoteFor(mandate)),
    ];
  }

  private log(mandate: Mandate, entryType: Parameters<typeof logEntry>[1], extra: Parameters<typeof logEntry>[2] = {}): Promise<boolean> {
    const what = extra?.milestone ? `${entryType} ${extra.milestone}` : entryType;
    return this.send(mandate, what, CALLBACKS, logEntry(mandate, entryType, extra));
  }

  private async release(mandate: Mandate, statement: Statement): Promise<boolean> {
    // Filed before sending: the coordinator's decision may reach the Crisis Room before the hub's answer to the release does.
    const previous = mandate.statements[statement.statementRef];
    mandate.statements[statement.statementRef] = statement;
    const reached = await this.send(mandate, `statement ${statement.statementRef} rev ${statement.revision}`, STATEMENTS(mandate.brief.mandateId), statementBody(mandate, statement));
    if (!reached) {
      if (previous) mandate.statements[statement.statementRef] = previous;
      else delete mandate.statements[statement.statementRef];
    }
    return reached;
  }

  /**
   * One request, retried by the sender under one webhook-id. Later steps make no sense to the hub without this one, so a
   * refusal or no answer stops the sequence, as CMG's consultants would stop and call; so does a stand-down.
   */
  private async send(mandate: Mandate, what: string, path: string, body: unknown): Promise<boolean> {
    if (mandate.standDown || this.player.isStopped) return false;
    const result: SendResult = await this.sender.post(path, body);
    mandate.sent.push({ what, path, body, webhookId: result.webhookId, status: result.status, answer: result.body, at: new Date().toISOString() });
    const reached = result.status !== null && result.status < 300;
    if (!reached) this.logger.error(`${mandate.cmgMandateNo}: ${what} answered ${result.status ?? 'nothing'}; stopping this sequence`);
    return reached;
  }
}
