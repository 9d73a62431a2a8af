/**
 * The figures each product's brochure fixes (domain.md, seeds 002–004), kept apart from the validation
 * so that a figure can be checked against its seed at a glance.
 */
import type { Yen } from './money';

const MAN = 10_000; // 万円: the seeds quote every limit in units of ¥10,000.

export const POLICY_PRODUCTS = ['cyber-lite', 'chamber-of-commerce', 'privacy-mark'] as const;
export type PolicyProduct = (typeof POLICY_PRODUCTS)[number];

/** Policy period in years: 1 for サイバーLite (seed 003 §5(6)) and the Chamber plan (annual premiums, seed 002); 2 for the
 *  privacy-mark package, aligned with the P-mark certification period (seed 004 §3(3)). */
export const PERIOD_YEARS: Readonly<Record<PolicyProduct, number>> = {
  'cyber-lite': 1,
  'chamber-of-commerce': 1,
  'privacy-mark': 2,
};

/**
 * サイバーLite limits (seed 003 §5(3)): ア liability ¥10M/30M/50M/100M/300M, or custom up to ¥300M (※1);
 * イ incident-response costs "原則、賠償部分の限度額×10%", custom up to ¥100M (※1), paid inside ア (※3).
 * The privacy-mark package uses the same rules: seed 004 names no limits of its own.
 */
export const CYBER_LITE_LIABILITY_OPTIONS_YEN: readonly Yen[] = [1_000 * MAN, 3_000 * MAN, 5_000 * MAN, 10_000 * MAN, 30_000 * MAN];
export const CYBER_LITE_MAX_LIABILITY_YEN: Yen = 30_000 * MAN;
export const CYBER_LITE_MAX_EXPENSE_YEN: Yen = 10_000 * MAN;

/** "In principle 10% of liability", rounded down to the yen (exact for every standard option). */
export function defaultExpenseSublimitYen(liabilityLimitYen: Yen): Yen {
  return Math.floor(liabilityLimitYen / 10);
}

export const CHAMBER_SETS = ['A', 'B', 'C', 'D', 'E'] as const;
export type ChamberSet = (typeof CHAMBER_SETS)[number];

/** Standard: the plan "as before" (従来の内容に準じたプラン); premium adds costs (seed 002). */
export const CHAMBER_VARIANTS = ['standard', 'premium'] as const;
export type ChamberVariant = (typeof CHAMBER_VARIANTS)[number];

/**
 * Chamber of Commerce sets (seed 002, 支払限度額): liability per claim and period / expense per accident and
 * period. Set E is "フリーセット" — the limits are whatever the policy states (expense still inside liability).
 */
export const CHAMBER_SET_LIMITS: Readonly<Record<Exclude<ChamberSet, 'E'>, { liabilityLimitYen: Yen; expenseSublimitYen: Yen }>> = {
  A: { liabilityLimitYen: 1_000 * MAN, expenseSublimitYen: 100 * MAN },
  B: { liabilityLimitYen: 5_000 * MAN, expenseSublimitYen: 500 * MAN },
  C: { liabilityLimitYen: 10_000 * MAN, expenseSublimitYen: 1_000 * MAN },
  D: { liabilityLimitYen: 30_000 * MAN, expenseSublimitYen: 3_000 * MAN },
};

/**
 * Condolence money or gifts (見舞金・見舞品購入費用), seed 002 特長3: up to ¥50,000 per corporate victim and
 * ¥1,000 per individual victim. The issue makes these the default for every product; a policy may override.
 */
export const DEFAULT_CONDOLENCE_CAPS = { perIndividualYen: 1_000, perCorporationYen: 50_000 } as const;

/**
 * The most a policy may raise the condolence caps to (1,000× the seed's figures). Beyond any real policy, and
 * low enough that cap × the largest victim count a case may declare stays exact in integer yen.
 */
export const MAX_CONDOLENCE_CAPS = { perIndividualYen: 1_000_000, perCorporationYen: 50_000_000 } as const;

/** The most victims a case may declare of each kind (Japan's population is about 1.2 × 10^8). */
export const MAX_AFFECTED_COUNT = 200_000_000;
