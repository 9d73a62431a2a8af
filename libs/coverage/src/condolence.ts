/**
 * Condolence money or gifts (見舞金・見舞品購入費用), seed 002 特長3: 被害者が法人の場合には1法人につき5万円、被害者が
 * 個人の場合には1名につき1,000円を限度に補償. The cap is per recipient, so a line states how many recipients of one
 * kind it covers (its quantity) and the gift each received (its unit price); gifts to both kinds are two lines.
 *
 * The cap applies to the tax-INCLUSIVE cost of each gift. The seed caps 見舞金費用または見舞品の購入等の費用 — what
 * the insured spends on the gift — and the insured pays the consumption tax on a 見舞品 as part of that cost
 * (condolence money itself is 不課税 and has no tax). Settlement works on tax-inclusive line amounts throughout,
 * so the cap is compared with the same figure the insured paid and the limits are charged with.
 *
 * Every recipient on a line received the same gift, so Σ over recipients of min(gift, cap) = min(line, count × cap)
 * exactly, even when a single gift's tax-inclusive yen is not a whole number.
 */
import type { Yen } from './money';
import type { Recipients } from './settlement-types';

export interface CondolenceVerdict {
  /** Recipients counted against the declared victims: min(count, declared victims left). */
  readonly recipientsCounted: number;
  /** The share of the line for recipients beyond the declared victims (rounded so the insured never gains a fraction). */
  readonly beyondVictimsYen: Yen;
  /** What the counted recipients' gifts exceed their caps by. */
  readonly overCapYen: Yen;
  /** What remains for the deductible and the limits. */
  readonly eligibleYen: Yen;
}

export function condolenceEligibility(lineYen: Yen, recipients: Recipients, declaredLeft: number, capPerRecipientYen: Yen): CondolenceVerdict {
  // A ¥0 line gave nothing, so it uses up no victim (and a credit could never give one back).
  if (lineYen === 0) return { recipientsCounted: 0, beyondVictimsYen: 0, overCapYen: 0, eligibleYen: 0 };
  return counting(lineYen, recipients.count, Math.min(recipients.count, declaredLeft), capPerRecipientYen);
}

/** The same line with `counted` of its `invoiced` recipients counted: used again when more victims become room. */
export function counting(lineYen: Yen, invoiced: number, counted: number, capPerRecipientYen: Yen): CondolenceVerdict {
  // The counted recipients' share of the line, floor(line × counted / invoiced) in BigInt (the product can pass 2^53).
  const countedYen = counted === invoiced ? lineYen : Number((BigInt(lineYen) * BigInt(counted)) / BigInt(invoiced));
  const capYen = BigInt(counted) * BigInt(capPerRecipientYen);
  const eligibleYen = BigInt(countedYen) < capYen ? countedYen : Number(capYen);
  return { recipientsCounted: counted, beyondVictimsYen: lineYen - countedYen, overCapYen: countedYen - eligibleYen, eligibleYen };
}
