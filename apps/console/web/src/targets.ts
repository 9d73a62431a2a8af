/**
 * How soon the hub expects a partner to acknowledge and to accept an order. Neither the policy wording nor the partner
 * documents set these: they are the service's own operating targets, one setting here, said so on the screen.
 */
export const RESPONSE_TARGETS = {
  acknowledgeMs: 60 * 60_000, // 1 hour
  acceptMs: 24 * 60 * 60_000, // 24 hours
};

/**
 * Deadlines for the insured's reports to the Personal Information Protection Commission (個人情報保護委員会), from the
 * Act on the Protection of Personal Information's enforcement rules (施行規則 第7条・第8条) — not from the seeds:
 * a preliminary report promptly (about 3–5 days from learning of it; the guidelines' rule of thumb), a final report
 * within 30 days, or 60 days where the leak may have been done for an unlawful purpose (unauthorised access).
 */
export const PPC_DEADLINES = {
  preliminaryDays: 5,
  finalDays: 30,
  finalDaysUnauthorisedAccess: 60,
};

export const isUnauthorisedAccess = (eventKind: string) => eventKind === 'unauthorised_access' || eventKind === 'threat_of_unauthorised_access';
