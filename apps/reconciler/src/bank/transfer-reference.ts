import { createHash } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding: only A–Z and 2–7, all of them Zengin characters. */
function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/** The length of EDI情報 in a 総合振込 data record: the reference fills it exactly. */
export const TRANSFER_REFERENCE_LENGTH = 20;

/**
 * The reference a payout's transfer carries in its record's EDI情報, which the bank reports back with the transfer:
 * `HUB` and 17 base32 characters (85 bits) of the payout id's SHA-256. Deterministic, so the same payout always has the
 * same reference; written only with 0-9 and A-Z, which every bank accepts. Unique in bank_transfer_instructions.
 */
export function transferReferenceOf(payoutId: string): string {
  return `HUB${base32(createHash('sha256').update(`payout:${payoutId.toLowerCase()}`).digest()).slice(0, TRANSFER_REFERENCE_LENGTH - 3)}`;
}

/** The namespace of the event ids derived from bank transactions (an arbitrary, fixed UUID). */
const BANK_CONFIRMATION_NAMESPACE = '71f46593-2a6d-4f18-a7a3-450824f1861b';

/** RFC 9562 UUID version 5 (SHA-1, name-based) of `name` in `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The event id of the confirmation a bank transaction's match publishes: derived from the transaction, so a run that
 * crashed after publishing and matches again could only publish the same event (the outbox's event ids are unique, and
 * core's inbox knows the id), never confirm twice.
 */
export function bankConfirmationEventId(bankTransactionId: string): string {
  return uuidV5(BANK_CONFIRMATION_NAMESPACE, `bank-transaction:${bankTransactionId}`);
}
