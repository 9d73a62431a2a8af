import type { AosEvidenceItemFactsV1, AosEvidenceRegisterV1 } from '@hub/contracts';
import type { DeliverableDraft } from '@hub/adapter-kit';
import { invalidInput } from '@hub/refusals';
import { AOS_FACTS, AOS_KINDS, clip, DEVICE_KIND_JA, hashLengthIssue, normalisedHash } from './aos-deliverables';

type Item = AosEvidenceRegisterV1['items'][number];

/**
 * Each evidence item of a preservation job (保全ジョブ) as one deliverable, referenced by AOS's evidence number. The
 * register can only be appended to (the kit's default, refuse_changes): the same item again counts once, and an item
 * resent with another hash, size or officer is refused rather than silently replacing what was preserved.
 */
export function evidenceItemsOf(register: AosEvidenceRegisterV1): DeliverableDraft[] {
  const issues = register.items.flatMap((item, i) => hashLengthIssue(item.image.hash.algorithm, item.image.hash.value, `items[${i}].image.hash.value`) ?? []);
  if (issues.length > 0) throw invalidInput('A hash is not as long as its algorithm makes it', issues);
  return register.items.map((item) => ({
    orderId: register.matterRef,
    kind: AOS_KINDS.evidenceItem,
    reference: item.evidenceNo,
    title: clip(`証拠品 ${item.evidenceNo} 保全（${[DEVICE_KIND_JA[item.device.kind], item.device.maker, item.device.model].filter(Boolean).join(' ')} / S/N ${item.device.serialNo}）`, 300),
    summary: summaryOf(item, register.hozenJobNo),
    attention: 'normal',
    occurredAt: item.preservedAt,
    facts: factsOf(item, register.hozenJobNo),
    factsContract: AOS_FACTS.evidenceItem,
  }));
}

function factsOf(item: Item, hozenJobNo: string): AosEvidenceItemFactsV1 {
  return {
    evidenceNo: item.evidenceNo,
    cocFormNo: item.cocFormNo,
    hozenJobNo,
    deviceKind: item.device.kind,
    ...(item.device.maker ? { deviceMaker: item.device.maker } : {}),
    deviceModel: item.device.model,
    serialNo: item.device.serialNo,
    ...(item.device.custodian ? { custodian: item.device.custodian } : {}),
    imageFormat: item.image.format,
    imageSizeBytes: item.image.sizeBytes,
    hashAlgorithm: item.image.hash.algorithm,
    hashValue: normalisedHash(item.image.hash.value),
    preservedBy: item.preservedBy.name,
    preservedByStaffNo: item.preservedBy.staffNo,
    preservedAt: item.preservedAt,
    ...(item.site ? { site: item.site } : {}),
  };
}

function summaryOf(item: Item, hozenJobNo: string): string {
  const parts = [
    `保全ジョブ ${hozenJobNo}、管理票 ${item.cocFormNo}`,
    `${item.image.format} イメージ ${item.image.sizeBytes.toLocaleString('en-US')} bytes`,
    `${item.image.hash.algorithm} ${normalisedHash(item.image.hash.value)}`,
    `保全担当者 ${item.preservedBy.name}（${item.preservedBy.staffNo}）`,
    ...(item.site ? [`保全場所 ${item.site}`] : []),
    ...(item.remark ? [item.remark] : []),
  ];
  return clip(parts.join('。'), 4000);
}
