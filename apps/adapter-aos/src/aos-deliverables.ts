/**
 * AOS's kinds of deliverable and the contracts of their facts: one place, so the mapping, the simulator and the tests
 * name them the same.
 */
export const AOS_KINDS = {
  evidenceItem: 'evidence_item',
  custodyEvent: 'custody_event',
  hashReverification: 'hash_reverification',
  forensicReport: 'forensic_report',
} as const;

export const AOS_FACTS = {
  evidenceItem: 'partners/aos/evidence-item-facts.v1',
  custodyEvent: 'partners/aos/custody-event-facts.v1',
  hashReverification: 'partners/aos/hash-reverification-facts.v1',
  forensicReport: 'partners/aos/forensic-report-facts.v1',
} as const;

/** The facts a re-verification restates: an image whose hash changed is no longer the evidence that was preserved. */
export const RESTATED_HASH_FACTS = ['hashAlgorithm', 'hashValue'];

/** A custody entry's reference: the evidence item and its line on the custody form. */
export const custodyReference = (evidenceNo: string, seq: number): string => `${evidenceNo}#${seq}`;

/** Hex digits in one case, so a hash AOS's tool prints in upper case compares equal to the same hash in lower case. */
export const normalisedHash = (hex: string): string => hex.toLowerCase();

export const DEVICE_KIND_JA: Record<string, string> = {
  PC: 'PC',
  SERVER: 'サーバー',
  SMARTPHONE: 'スマートフォン',
  EXTERNAL_MEDIA: '外部記録媒体',
  VIRTUAL_MACHINE: '仮想マシン',
  CLOUD_ACCOUNT: 'クラウドアカウント',
};

/** Hex digits each algorithm gives: the contract takes any of these lengths, the algorithm decides which one. */
const HEX_DIGITS: Record<string, number> = { 'SHA-256': 64, 'SHA-1': 40, MD5: 32 };

/** The issue with a hash whose length is not its algorithm's (a SHA-1 labelled SHA-256), or undefined. */
export function hashLengthIssue(algorithm: string, value: string, field: string): { field: string; reason: string } | undefined {
  const digits = HEX_DIGITS[algorithm];
  return value.length === digits ? undefined : { field, reason: `must be ${digits} hexadecimal digits for ${algorithm}` };
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair (JSON escapes it, and PostgreSQL refuses the escape). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
