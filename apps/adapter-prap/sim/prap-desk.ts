import { Logger, type RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import type { PrapAnkenCancellationV1, PrapAnkenOrderV1, PrapDocumentDraftsV1, PrapShoninKekkaV1 } from '@hub/contracts';
import type { HubSignatureCheck, PartnerSender, ScriptPlayer, SendResult } from '@hub/simulator-kit';
import { type AnkenFile, coverageReport, FACT_MASTER_NO, firstDrafts, invoiceFor, releasePublication, RELEASE_NO, revisedDraft, statusReport } from './prap-paperwork';

type Draft = PrapDocumentDraftsV1['documents'][number];

/** One request PRAP's systems sent the hub, and the hub's answer. */
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

/** A matter at PRAP's desk: what the hub sent about it and what PRAP sent back. */
export interface Anken extends AnkenFile {
  webhookId: string;
  /** Each document's latest version as PRAP sent it, by document number. */
  documents: Record<string, Draft>;
  reviews: ReceivedNotice<PrapShoninKekkaV1>[];
  cancellation?: ReceivedNotice<PrapAnkenCancellationV1>;
  sent: SentToHub[];
}

const DESK = (ankenId: string) => `/prap/v1/anken/${ankenId}`;

/**
 * The simulated PRAP Crisis Desk: it keeps what it received in memory (it stands in for another company's system) and
 * works each matter as PRAP's consultants would. After the matter arrives: take it on, hold the kickoff, submit the
 * fact master and the apology release for approval, start media monitoring. Then it waits for the coordinator: a
 * returned draft comes back as the next version with the comments worked in; the approved fact master is agreed; the
 * approved release is published (site and wire), followed by coverage reports around the press conference, work
 * complete and the invoice. Nothing is published before its approval. A matter whose instructions say `#sim-decline`
 * is declined. A withdrawn matter gets nothing more.
 */
export class PrapDesk {
  private readonly logger = new Logger('PRAP Japan (simulated)');
  private readonly anken = new Map<string, Anken>();
  private readonly seenWebhookIds = new Set<string>();
  private sequence = 0;

  constructor(
    private readonly sender: PartnerSender,
    private readonly signature: HubSignatureCheck,
    private readonly player: ScriptPlayer,
  ) {}

  /** Refuses (401) what the hub did not sign. */
  verify(request: RawBodyRequest<Request>): void {
    this.signature.verify(request);
  }

  receive(webhookId: string, order: PrapAnkenOrderV1): Anken {
    const known = this.anken.get(order.ankenId);
    if (known) return known;
    this.sequence += 1;
    const receivedAt = new Date();
    const anken: Anken = {
      ankenNo: `PRAP-${receivedAt.getFullYear()}-${String(this.sequence).padStart(5, '0')}`,
      receivedAt: receivedAt.toISOString(),
      order,
      webhookId,
      documents: {},
      reviews: [],
      sent: [],
    };
    this.anken.set(order.ankenId, anken);
    this.logger.log(`matter ${order.ankenId} for ${order.kokyaku.shamei} registered as ${anken.ankenNo}`);
    void this.player.play(this.opening(anken));
    return anken;
  }

  /** PRAP stops work on a withdrawn matter; undefined when PRAP never received it (answered 404). */
  cancel(webhookId: string, notice: PrapAnkenCancellationV1): Anken | undefined {
    const anken = this.anken.get(notice.ankenId);
    if (!anken) return undefined;
    anken.cancellation ??= { webhookId, receivedAt: new Date().toISOString(), notice };
    return anken;
  }

  /**
   * The coordinator's decision on a draft; undefined when PRAP has no such document (answered 404). A notice delivered
   * again (same webhook-id) is answered without acting on it twice.
   */
  review(webhookId: string, notice: PrapShoninKekkaV1): Anken | undefined {
    const anken = this.anken.get(notice.ankenId);
    const draft = anken?.documents[notice.documentNo];
    if (!anken || !draft) return undefined;
    if (this.seenWebhookIds.has(webhookId)) return anken;
    this.seenWebhookIds.add(webhookId);
    anken.reviews.push({ webhookId, receivedAt: new Date().toISOString(), notice });
    // A decision on a version PRAP has since replaced changes nothing at PRAP.
    if (notice.han !== draft.han) return anken;
    void this.player.play(this.afterReview(anken, draft, notice));
    return anken;
  }

  list(): Anken[] {
    return [...this.anken.values()];
  }

  find(ankenId: string): Anken | undefined {
    return this.anken.get(ankenId);
  }

  /** Decisions PRAP received on the matter's drafts, in arrival order. */
  reviewsOf(ankenId: string): PrapShoninKekkaV1[] {
    return (this.anken.get(ankenId)?.reviews ?? []).map((r) => r.notice);
  }

  /** What PRAP sent the hub about the matter, with the hub's answers. */
  sentFor(ankenId: string): SentToHub[] {
    return this.anken.get(ankenId)?.sent ?? [];
  }

  stop(): void {
    this.player.stop();
  }

  private opening(anken: Anken): (() => Promise<boolean>)[] {
    if (anken.order.iraiNaiyo.includes('#sim-decline')) {
      return [() => this.report(anken, 'JITAI', { jitaiRiyu: '同業他社の危機対応を受任中のため、利益相反の恐れがあり辞退いたします' })];
    }
    return [
      () => this.report(anken, 'JUCHU', { renrakuJiko: '担当コンサルタントを選任しました' }),
      () => this.report(anken, 'SHINCHOKU', { shinchoku: 'KICKOFF_MTG', renrakuJiko: '経営陣・広報・法務とキックオフ会議を実施' }),
      () => this.submitDrafts(anken, firstDrafts(anken)),
      () => this.report(anken, 'SHINCHOKU', { shinchoku: 'MEDIA_MONITORING_KAISHI' }),
    ];
  }

  private afterReview(anken: Anken, draft: Draft, notice: PrapShoninKekkaV1): (() => Promise<boolean>)[] {
    if (notice.kekka === 'SASHIMODOSHI') return [() => this.submitDrafts(anken, [revisedDraft(anken, draft, notice.shitekiJiko ?? '')])];
    if (notice.documentNo === FACT_MASTER_NO(anken)) return [() => this.report(anken, 'SHINCHOKU', { shinchoku: 'FACT_MASTER_KAKUTEI' })];
    if (notice.documentNo !== RELEASE_NO(anken)) return [];
    return [
      () => this.send(anken, 'publication of the release', `${DESK(anken.order.ankenId)}/kohyo`, releasePublication(anken, notice.han)),
      () => this.report(anken, 'SHINCHOKU', { shinchoku: 'RELEASE_KOHYO' }),
      () => this.send(anken, 'coverage report 1', `${DESK(anken.order.ankenId)}/media-coverage`, coverageReport(anken, 1)),
      () => this.report(anken, 'SHINCHOKU', { shinchoku: 'KISHA_KAIKEN_JISSHI', renrakuJiko: '本社会議室にて記者会見を実施（記者18名出席）' }),
      () => this.send(anken, 'coverage report 2', `${DESK(anken.order.ankenId)}/media-coverage`, coverageReport(anken, 2)),
      () => this.report(anken, 'KANRYO', { renrakuJiko: '緊急対応フェーズを終了しました' }),
      () => this.send(anken, 'invoice', '/prap/v1/invoices', invoiceFor(anken)),
    ];
  }

  private report(anken: Anken, jokyo: Parameters<typeof statusReport>[1], extra: Parameters<typeof statusReport>[2] = {}): Promise<boolean> {
    const what = extra?.shinchoku ? `${jokyo} ${extra.shinchoku}` : jokyo;
    return this.send(anken, what, '/prap/v1/callbacks', statusReport(anken, jokyo, extra));
  }

  private async submitDrafts(anken: Anken, drafts: Draft[]): Promise<boolean> {
    const body: PrapDocumentDraftsV1 = { apiVersion: '1', ankenId: anken.order.ankenId, documents: drafts };
    // Filed before sending: the coordinator's decision may reach PRAP's desk before the hub's answer to the submission does.
    const previous = drafts.map((d) => anken.documents[d.documentNo]);
    for (const draft of drafts) anken.documents[draft.documentNo] = draft;
    const reached = await this.send(anken, `drafts ${drafts.map((d) => `${d.documentNo} 第${d.han}版`).join(', ')}`, `${DESK(anken.order.ankenId)}/documents`, body);
    if (!reached) {
      drafts.forEach((draft, i) => {
        if (previous[i]) anken.documents[draft.documentNo] = previous[i];
        else delete anken.documents[draft.documentNo];
      });
    }
    return reached;
  }

  /**
   * One request, retried by the sender under one webhook-id. Later steps make no sense to the hub without this one, so a
   * refusal or no answer stops the sequence, as PRAP's staff would stop and call; so does the matter's withdrawal.
   */
  private async send(anken: Anken, what: string, path: string, body: unknown): Promise<boolean> {
    if (anken.cancellation || this.player.isStopped) return false;
    const result: SendResult = await this.sender.post(path, body);
    anken.sent.push({ what, path, body, webhookId: result.webhookId, status: result.status, answer: result.body, at: new Date().toISOString() });
    const reached = result.status !== null && result.status < 300;
    if (!reached) this.logger.error(`${anken.ankenNo}: ${what} answered ${result.status ?? 'nothing'}; stopping this sequence`);
    return reached;
  }
}
