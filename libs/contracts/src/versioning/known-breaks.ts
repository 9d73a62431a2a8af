import type { KnownBreak } from './schema-versioning';

/**
 * Pairs published before the versioning check existed whose new version breaks the old one without saying
 * "Breaking change from v<N>" in its description. Published files are never edited (published.lock.json), so
 * the description cannot be fixed; these are let through by name, and nothing else is. Each was a deliberate
 * redesign shipped as a new version beside the old one (the apps still serve both), only not announced as one.
 * The versioning spec fails if an entry is not a published, unannounced break, so the list cannot grow stale
 * or cover new work.
 */
export const KNOWN_UNANNOUNCED_BREAKS: readonly KnownBreak[] = [
  {
    contract: 'events/invoice-submitted',
    older: 1,
    newer: 2,
    why: 'the qualified invoice (issue 6): issuer and recipient names, pricing and tax categories required; stated totals reshaped (netYen/taxByRate → byRate/nonTaxableYen)',
  },
  { contract: 'http/core/case', older: 1, newer: 2, why: 'incident.kind gains the threat_of_… kinds a v1 reader does not know' },
  {
    contract: 'http/core/credit-note',
    older: 1,
    newer: 2,
    why: "the invoice's single payout becomes its payouts with amendments; settlement lines and retention reasons follow settlement v2",
  },
  { contract: 'http/core/invoice', older: 1, newer: 2, why: 'payout (one) is replaced by payouts (every payout, with amendments)' },
  { contract: 'http/core/limit-usage', older: 1, newer: 2, why: 'limitYen/usedYen/remainingYen become unit/cap/used/remaining, so a limit can count people' },
  { contract: 'http/core/payouts', older: 1, newer: 2, why: 'a payout state gains cancelled (a payout amended to ¥0)' },
  { contract: 'http/core/register-policy', older: 1, newer: 2, why: 'a Chamber of Commerce policy must name its chamberPlan' },
  { contract: 'http/core/report-incident', older: 2, newer: 3, why: "causeAt is folded into occurredAt and affected is replaced by victims by kind" },
  {
    contract: 'http/core/submit-credit-note',
    older: 1,
    newer: 2,
    why: 'pricing and tax categories required; stated totals reshaped as in the invoice v2',
  },
];
