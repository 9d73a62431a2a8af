import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import stableStringify from 'fast-json-stable-stringify';
import type { DeliverablesReceiptV1, DeliverableV1 } from '@hub/contracts';
import { conflict, notFound } from '@hub/refusals';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { CallbackRecordRepository } from './callback-record.repository';
import { DeliverableRepository, KeptDeliverable } from './deliverable.repository';
import { DeliveryRepository, PartnerDelivery } from './delivery.repository';
import type { DeliverableDraft } from './native-submission';
import { deliverableIdOf, deliverableOf } from './submission-body';

/** At most this many deliverables an event (the contract's bound)… */
const PER_EVENT = 200;
/**
 * …and at most this many bytes of them: a batch of 1,000 Eltes alerts with long Japanese excerpts is several events, each
 * far below the broker's 1 MiB message limit, so the outbox relay can always send one.
 */
export const EVENT_BYTES = 256 * 1024;

/** Splits deliverables, in order, into events within both bounds (one over the byte bound goes alone). */
export function chunkForEvents(deliverables: DeliverableV1[]): DeliverableV1[][] {
  const chunks: DeliverableV1[][] = [];
  let current: DeliverableV1[] = [];
  let bytes = 0;
  for (const d of deliverables) {
    const size = Buffer.byteLength(JSON.stringify(d));
    if (current.length > 0 && (current.length === PER_EVENT || bytes + size > EVENT_BYTES)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(d);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const hashOf = (deliverable: DeliverableV1) => createHash('sha256').update(stableStringify(deliverable)).digest('hex');

/**
 * Where a refusal points: the deliverable's position among those the submission mapped to, as the receipt numbers them
 * (a partner's body may carry them under its own names, e.g. Eltes's `alerts`).
 */
const at = (index: number, field: string) => `deliverables/${index}/${field}`;

/** What the facts named in `restates` say differently now, in words; undefined when they agree. */
function discrepancyOf(restated: KeptDeliverable, deliverable: DeliverableV1): string | undefined {
  const names = deliverable.restates?.facts ?? [];
  const differ = names.filter((name) => stableStringify(restated.facts[name] ?? null) !== stableStringify(deliverable.facts[name] ?? null));
  if (differ.length === 0) return undefined;
  const said = differ.map((name) => `${name} was ${JSON.stringify(restated.facts[name] ?? null)}, now ${JSON.stringify(deliverable.facts[name] ?? null)}`).join('; ');
  return `${restated.kind} ${restated.reference} (v${restated.version}) restated differently: ${said}`.slice(0, 2000);
}

/**
 * A partner's submission of deliverables, verified and validated and mapped: the rules every partner shares, applied in
 * one transaction per submission, then the new deliverables published for core.
 * - Each order named must be the partner's own (404, like any order it does not have).
 * - The webhook-id counts once: a resent submission changes nothing and is answered as a duplicate.
 * - The same kind, reference and version again: `refuse_changes` counts identical content once and refuses changed
 *   content (409 deliverable_changed: the record can only be appended to); `collapse` counts it as a repeat of the first
 *   (the same post alerted again), in the same submission or a later one — unless it is urgent and nothing of it was
 *   yet: then it is the next version, urgent, so a post that flares up after it was first seen reaches the coordinator.
 * - `publishes` needs the published deliverable's latest version approved by the coordinator (409 not_approved).
 * - `restates` compares the named facts with the earlier deliverable's; a difference is kept as the discrepancy and
 *   raised as urgent (a re-verified hash that no longer matches).
 * The order's delivery row is locked, so two submissions about one order are judged one after the other.
 */
@Injectable()
export class DeliverableIntake {
  constructor(
    @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingRuntime,
    private readonly deliveries: DeliveryRepository,
    private readonly callbacks: CallbackRecordRepository,
    private readonly deliverables: DeliverableRepository,
  ) {}

  execute(webhookId: string, drafts: DeliverableDraft[]): Promise<DeliverablesReceiptV1> {
    const { partnerId } = this.settings;
    return this.dataSource.transaction(async (tx) => {
      const orders = await this.ordersOf(tx, drafts);
      if (!(await this.callbacks.claim(tx, partnerId, webhookId, 'submission'))) return { received: true, duplicate: true, counts: { new: 0, repeated: 0 }, deliverables: [] };
      const all = drafts.map((draft) => deliverableOf(partnerId, draft));
      const known = await this.deliverables.findByIds(tx, partnerId, all.map((d) => d.deliverableId));
      const fresh: DeliverableV1[] = [];
      const freshKept: KeptDeliverable[] = [];
      const repeats = new Map<string, number>();
      const answers: DeliverablesReceiptV1['deliverables'] = [];
      for (const [index, candidate] of all.entries()) {
        const hash = hashOf(candidate);
        const earlier = known.get(candidate.deliverableId);
        if (earlier) {
          if (candidate.repeats === 'refuse_changes' && earlier.contentHash !== hash) {
            throw conflict('deliverable_changed', `${candidate.kind} ${candidate.reference} v${candidate.version} was already delivered with other content; what was delivered cannot be changed — send a new version or a new reference`, [
              { field: at(index, 'reference'), reason: 'was already delivered with other content' },
            ]);
          }
          const escalation = candidate.repeats === 'collapse' && candidate.attention === 'urgent' ? await this.escalationOf(tx, candidate, known) : undefined;
          if (!escalation) {
            // Counted after the new ones are kept, so a repeat within this very submission counts too.
            repeats.set(earlier.deliverableId, (repeats.get(earlier.deliverableId) ?? 0) + 1);
            answers.push({ deliverableId: candidate.deliverableId, kind: candidate.kind, reference: candidate.reference, version: candidate.version, outcome: 'repeated' });
            continue;
          }
          all[index] = escalation;
        }
        const deliverable = await this.judged(tx, index, all[index], known);
        const kept: KeptDeliverable = {
          deliverableId: deliverable.deliverableId,
          orderId: deliverable.orderId,
          kind: deliverable.kind,
          reference: deliverable.reference,
          version: deliverable.version,
          contentHash: hash,
          facts: deliverable.facts,
          needsApproval: deliverable.needsApproval,
          attention: deliverable.attention,
          reviewDecision: null,
        };
        known.set(kept.deliverableId, kept);
        fresh.push(deliverable);
        freshKept.push(kept);
        answers.push({ deliverableId: deliverable.deliverableId, kind: deliverable.kind, reference: deliverable.reference, version: deliverable.version, outcome: 'new', ...(deliverable.discrepancy ? { discrepancy: deliverable.discrepancy } : {}) });
      }
      await this.deliverables.insertAll(tx, partnerId, webhookId, freshKept);
      await this.deliverables.countRepeats(tx, partnerId, repeats);
      await this.publish(tx, webhookId, fresh, orders);
      return { received: true, duplicate: false, counts: { new: fresh.length, repeated: all.length - fresh.length }, deliverables: answers };
    });
  }

  /**
   * A collapsing deliverable alerted again as urgent, when none of its versions was urgent yet: its next version (the
   * coordinator hears of the flare-up); undefined when it is a plain repeat.
   */
  private async escalationOf(tx: EntityManager, candidate: DeliverableV1, known: Map<string, KeptDeliverable>): Promise<DeliverableV1 | undefined> {
    const { partnerId } = this.settings;
    const sameThing = (k: KeptDeliverable) => k.orderId === candidate.orderId && k.kind === candidate.kind && k.reference === candidate.reference;
    const stored = await this.deliverables.latest(tx, partnerId, candidate.orderId, candidate.kind, candidate.reference);
    const versions = [...[...known.values()].filter(sameThing), ...(stored ? [stored] : [])];
    if (versions.some((v) => v.attention === 'urgent')) return undefined;
    const version = Math.max(...versions.map((v) => v.version)) + 1;
    return { ...candidate, version, deliverableId: deliverableIdOf(partnerId, candidate.orderId, candidate.kind, candidate.reference, version) };
  }

  /** Every order the submission names, locked, each the partner's own. */
  private async ordersOf(tx: EntityManager, drafts: DeliverableDraft[]): Promise<Map<string, PartnerDelivery>> {
    const orders = new Map<string, PartnerDelivery>();
    for (const orderId of [...new Set(drafts.map((d) => d.orderId))].sort()) {
      const order = await this.deliveries.findByOrder(tx, this.settings.partnerId, orderId, true);
      if (!order) throw notFound(`Engagement for ${this.settings.partnerId}`, orderId);
      orders.set(orderId, order);
    }
    return orders;
  }

  /** A new deliverable, checked against the earlier one it publishes or restates. */
  private async judged(tx: EntityManager, index: number, deliverable: DeliverableV1, known: Map<string, KeptDeliverable>): Promise<DeliverableV1> {
    const { partnerId } = this.settings;
    const earlierOf = async (kind: string, reference: string) => {
      // One submitted earlier in this very submission counts too.
      const inBatch = [...known.values()].filter((k) => k.orderId === deliverable.orderId && k.kind === kind && k.reference === reference).sort((a, b) => b.version - a.version)[0];
      const stored = await this.deliverables.latest(tx, partnerId, deliverable.orderId, kind, reference);
      return [inBatch, stored].filter((k): k is KeptDeliverable => k !== undefined && k !== null).sort((a, b) => b.version - a.version)[0];
    };
    if (deliverable.publishes) {
      const { kind, reference } = deliverable.publishes;
      const published = await earlierOf(kind, reference);
      if (!published) throw conflict('unknown_deliverable', `${kind} ${reference} was never delivered on this order`, [{ field: at(index, 'publishes'), reason: 'names nothing delivered on this order' }]);
      if (published.needsApproval && published.reviewDecision !== 'approved') {
        const state = published.reviewDecision === 'returned' ? 'was returned' : 'has not been reviewed yet';
        throw conflict('not_approved', `${kind} ${reference} v${published.version} ${state}: it may be published only once the coordinator approved it`, [
          { field: at(index, 'publishes'), reason: `v${published.version} ${state}; only an approved version may be published` },
        ]);
      }
    }
    if (deliverable.restates) {
      const { kind, reference } = deliverable.restates;
      const restated = await earlierOf(kind, reference);
      if (!restated) throw conflict('unknown_deliverable', `${kind} ${reference} was never delivered on this order`, [{ field: at(index, 'restates'), reason: 'names nothing delivered on this order' }]);
      const discrepancy = discrepancyOf(restated, deliverable);
      if (discrepancy) return { ...deliverable, discrepancy, attention: 'urgent' };
    }
    return deliverable;
  }

  /** New deliverables to core, per order, in events within the bounds (see chunkForEvents), keyed by the order's case. */
  private async publish(tx: EntityManager, webhookId: string, fresh: DeliverableV1[], orders: Map<string, PartnerDelivery>): Promise<void> {
    const { partnerId } = this.settings;
    const receivedAt = new Date().toISOString();
    const byOrder = new Map<string, DeliverableV1[]>();
    for (const d of fresh) byOrder.set(d.orderId, [...(byOrder.get(d.orderId) ?? []), d]);
    for (const [orderId, list] of byOrder) {
      const order = orders.get(orderId) as PartnerDelivery;
      for (const chunk of chunkForEvents(list)) {
        const envelope = createEnvelope(TOPICS.deliverablesReceived, {
          caseId: order.caseId,
          partnerId,
          correlationId: order.correlationId,
          payload: { partnerId, submissionId: webhookId, receivedAt, deliverables: chunk },
        });
        await this.messaging.publish(tx, TOPICS.deliverablesReceived, envelope);
      }
    }
  }
}
