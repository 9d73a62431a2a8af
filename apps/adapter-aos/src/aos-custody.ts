import type { AosCustodyEventFactsV1, AosCustodyRecordV1, AosHashReverificationFactsV1 } from '@hub/contracts';
import type { DeliverableDraft } from '@hub/adapter-kit';
import { type FieldIssue, invalidInput } from '@hub/refusals';
import { AOS_FACTS, AOS_KINDS, clip, custodyReference, hashLengthIssue, normalisedHash, RESTATED_HASH_FACTS } from './aos-deliverables';

type Entry = AosCustodyRecordV1['entries'][number];

const ACTION_OF: Record<Exclude<Entry['action'], 'SAIKENSHO'>, AosCustodyEventFactsV1['action']> = { HIKIWATASHI: 'handed_over', FUIN: 'sealed', HOKAN: 'stored' };
const ACTION_JA: Record<Entry['action'], string> = { HIKIWATASHI: '引渡し', FUIN: '封印', HOKAN: '保管', SAIKENSHO: 'ハッシュ再検証' };

/**
 * What is out of order in one request's custody entries: within each evidence item, a line of the custody form comes
 * after the lines before it, both in number and in time. A chain of custody read out of order proves nothing, so such a
 * request is refused whole (the kit refuses a changed resend of a line already received).
 */
export function custodyOrderIssues(entries: readonly Pick<Entry, 'evidenceNo' | 'seq' | 'at'>[]): FieldIssue[] {
  const last = new Map<string, { seq: number; at: string; atMs: number }>();
  const issues: FieldIssue[] = [];
  entries.forEach((entry, i) => {
    const before = last.get(entry.evidenceNo);
    const atMs = Date.parse(entry.at);
    if (before && entry.seq <= before.seq) {
      issues.push({ field: `entries[${i}].seq`, reason: `must be greater than ${before.seq}, the entry of ${entry.evidenceNo} before it in this request` });
    } else if (before && atMs < before.atMs) {
      issues.push({ field: `entries[${i}].at`, reason: `must not be earlier than ${before.at}, entry ${before.seq} of ${entry.evidenceNo}` });
    }
    if (!before || entry.seq > before.seq) last.set(entry.evidenceNo, { seq: entry.seq, at: entry.at, atMs });
  });
  return issues;
}

/**
 * Each custody entry as its own deliverable, `<evidenceNo>#<seq>`: handovers, seals and storage as custody_event (counted
 * on the timeline, bulk), re-verifications as hash_reverification, which restates the evidence item's acquisition hash so
 * the kit compares the two and raises any difference to the coordinator as urgent.
 */
export function custodyEventsOf(record: AosCustodyRecordV1): DeliverableDraft[] {
  const orderIssues = custodyOrderIssues(record.entries);
  if (orderIssues.length > 0) throw invalidInput('Custody entries are out of order', orderIssues);
  const hashIssues = record.entries.flatMap((e, i) => (e.reverification ? (hashLengthIssue(e.reverification.algorithm, e.reverification.value, `entries[${i}].reverification.value`) ?? []) : []));
  if (hashIssues.length > 0) throw invalidInput('A re-verified hash is not as long as its algorithm makes it', hashIssues);
  return record.entries.map((entry) => (entry.action === 'SAIKENSHO' ? reverificationOf(record.matterRef, entry) : custodyEventOf(record.matterRef, entry)));
}

function custodyEventOf(orderId: string, entry: Entry): DeliverableDraft {
  const facts: AosCustodyEventFactsV1 = {
    evidenceNo: entry.evidenceNo,
    seq: entry.seq,
    cocFormNo: entry.cocFormNo,
    action: ACTION_OF[entry.action as keyof typeof ACTION_OF],
    recordedBy: entry.recordedBy.name,
    recordedByStaffNo: entry.recordedBy.staffNo,
    ...(entry.handover ? { fromPerson: entry.handover.fromPerson, toPerson: entry.handover.toPerson } : {}),
    ...(entry.sealNo ? { sealNo: entry.sealNo } : {}),
    ...(entry.storage ? { storageLocation: entry.storage.location } : {}),
    ...(entry.storage?.lockerNo ? { lockerNo: entry.storage.lockerNo } : {}),
    ...(entry.remark ? { remark: entry.remark } : {}),
  };
  return {
    orderId,
    kind: AOS_KINDS.custodyEvent,
    reference: custodyReference(entry.evidenceNo, entry.seq),
    title: clip(`${entry.evidenceNo} #${entry.seq} ${ACTION_JA[entry.action]}${detailOf(entry)}`, 300),
    ...(entry.remark ? { summary: entry.remark } : {}),
    attention: 'bulk',
    occurredAt: entry.at,
    facts,
    factsContract: AOS_FACTS.custodyEvent,
  };
}

function detailOf(entry: Entry): string {
  if (entry.handover) return `（${entry.handover.fromPerson} → ${entry.handover.toPerson}）`;
  if (entry.sealNo) return `（封印番号 ${entry.sealNo}）`;
  if (entry.storage) return `（${entry.storage.location}${entry.storage.lockerNo ? ` ${entry.storage.lockerNo}` : ''}）`;
  return '';
}

function reverificationOf(orderId: string, entry: Entry): DeliverableDraft {
  // The contract requires the block on a SAIKENSHO entry.
  const reverification = entry.reverification as NonNullable<Entry['reverification']>;
  const facts: AosHashReverificationFactsV1 = {
    evidenceNo: entry.evidenceNo,
    seq: entry.seq,
    cocFormNo: entry.cocFormNo,
    hashAlgorithm: reverification.algorithm,
    hashValue: normalisedHash(reverification.value),
    tool: reverification.tool,
    verifiedBy: entry.recordedBy.name,
    verifiedByStaffNo: entry.recordedBy.staffNo,
    ...(entry.remark ? { remark: entry.remark } : {}),
  };
  return {
    orderId,
    kind: AOS_KINDS.hashReverification,
    reference: custodyReference(entry.evidenceNo, entry.seq),
    title: `${entry.evidenceNo} #${entry.seq} ハッシュ再検証（${reverification.algorithm}）`,
    summary: `${reverification.tool} で再計算: ${facts.hashValue}${entry.remark ? `。${entry.remark}` : ''}`,
    attention: 'normal',
    occurredAt: entry.at,
    facts,
    factsContract: AOS_FACTS.hashReverification,
    restates: { kind: AOS_KINDS.evidenceItem, reference: entry.evidenceNo, facts: RESTATED_HASH_FACTS },
  };
}
