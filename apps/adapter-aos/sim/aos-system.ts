import { Logger } from '@nestjs/common';
import type { AosMatterRequestV1, AosMatterWithdrawalV1 } from '@hub/contracts';
import type { SimulatedPartnerSettings } from '@hub/adapter-kit';
import { PartnerSender, ScriptPlayer, type SendResult } from '@hub/simulator-kit';
import { type AosMatterFile, matterFileOf } from './aos-documents';
import { aosScriptFor } from './aos-script';

/** One request AOS's systems sent the hub about a matter, and the hub's answer. */
export interface SentToHub {
  path: string;
  body: unknown;
  status: number | null;
  answer: unknown;
  webhookId: string;
  at: string;
}

export interface ReceivedMatter {
  file: AosMatterFile;
  webhookId: string;
  receivedAt: string;
  request: AosMatterRequestV1;
  /** Everything AOS sent about the matter, in order, with the hub's answers. */
  sent: SentToHub[];
}

export interface ReceivedWithdrawal {
  webhookId: string;
  receivedAt: string;
  request: AosMatterWithdrawalV1;
}

/**
 * The simulated AOS back office: the matters it received (in memory: it stands in for another company's system), what its
 * people sent back about each, and the hub's answers. Each matter is worked by a script of steps (aos-script.ts) played
 * one after another; a withdrawal stops the work, and what was already preserved stays recorded.
 */
export class AosSystem {
  private readonly logger = new Logger('AOS Legaltech (simulated)');
  private readonly matters = new Map<string, ReceivedMatter>();
  private readonly withdrawals = new Map<string, ReceivedWithdrawal>();
  private readonly player: ScriptPlayer;
  private readonly sender: PartnerSender;
  private sequence = 0;

  constructor(settings: SimulatedPartnerSettings, stepDelayMs: number) {
    this.player = new ScriptPlayer(stepDelayMs);
    // The sender's back-off between retries waits on the player too, so stop() leaves no timer behind.
    this.sender = new PartnerSender(settings, (ms) => this.player.pause(ms));
  }

  /** A matter request, once per matter however often the hub delivers it. */
  receive(webhookId: string, request: AosMatterRequestV1): ReceivedMatter {
    const known = this.matters.get(request.matterRef);
    if (known) return known;
    this.sequence += 1;
    const now = new Date();
    const matter: ReceivedMatter = { file: matterFileOf(request, this.sequence, now), webhookId, receivedAt: now.toISOString(), request, sent: [] };
    this.matters.set(request.matterRef, matter);
    this.logger.log(`matter ${matter.file.aosMatterNo} opened for ${request.client.corporateName} (matterRef ${request.matterRef})`);
    void this.player.play(aosScriptFor(matter, { send: (path, body) => this.send(matter, path, body), withdrawn: () => this.withdrawals.has(request.matterRef) }));
    return matter;
  }

  /** AOS stops work on a withdrawn matter; undefined when AOS never received the matter (answered 404). */
  withdraw(webhookId: string, request: AosMatterWithdrawalV1): ReceivedWithdrawal | undefined {
    if (!this.matters.has(request.matterRef)) return undefined;
    const known = this.withdrawals.get(request.matterRef);
    if (known) return known;
    const withdrawal = { webhookId, receivedAt: new Date().toISOString(), request };
    this.withdrawals.set(request.matterRef, withdrawal);
    this.logger.log(`matter ${request.matterRef} withdrawn: ${request.reason}`);
    return withdrawal;
  }

  find(matterRef: string): ReceivedMatter | undefined {
    return this.matters.get(matterRef);
  }

  list(): ReceivedMatter[] {
    return [...this.matters.values()];
  }

  withdrawalOf(matterRef: string): ReceivedWithdrawal | undefined {
    return this.withdrawals.get(matterRef);
  }

  /** What AOS sent about a matter to one route of the hub (`/aos/v1/custody-events`), oldest first. */
  sentTo(matterRef: string, path: string): SentToHub[] {
    return (this.matters.get(matterRef)?.sent ?? []).filter((s) => s.path === path);
  }

  stop(): void {
    this.player.stop();
  }

  private async send(matter: ReceivedMatter, path: string, body: unknown): Promise<SendResult> {
    const result = await this.sender.post(path, body);
    matter.sent.push({ path, body, status: result.status, answer: result.body, webhookId: result.webhookId, at: new Date().toISOString() });
    return result;
  }
}
