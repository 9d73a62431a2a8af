import { type CaseFacts, definePolicyTerms, type PolicyTerms } from '@hub/coverage';
import type { CaseEntity } from '../cases/case.entity';
import type { PolicyEntity } from '../policies/policy.entity';
import type { CounterLimits } from './limits-ledger';

/** Dates on policies are Japanese calendar dates: an incident at 23:30 UTC is already the next day in Tokyo. */
const JST_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
export const jstDate = (instant: Date): string => JST_DATE.format(instant);

/** The stored policy as the coverage rules read it. It was checked at registration, so a failure is corruption. */
export function termsOf(policy: PolicyEntity): PolicyTerms {
  const result = definePolicyTerms({
    product: policy.product,
    ...(policy.chamberSet ? { chamberSet: policy.chamberSet as never, variant: policy.chamberVariant as never } : {}),
    firstInceptionDate: policy.firstInceptionDate,
    periodStart: policy.periodStart,
    periodEnd: policy.periodEnd,
    retroactiveDate: policy.retroactiveDate,
    liabilityLimitYen: policy.liabilityLimitYen,
    expenseSublimitYen: policy.expenseSublimitYen,
    expenseDeductibleYen: policy.expenseDeductibleYen,
    condolenceCaps: { perIndividualYen: policy.condolencePerIndividualYen, perCorporationYen: policy.condolencePerCorporationYen },
  });
  if (!result.ok) throw new Error(`stored policy ${policy.policyNumber} no longer meets its product rules: ${JSON.stringify(result.issues)}`);
  return result.terms;
}

/**
 * The case as the coverage rules read it, in JST dates: it occurred when its cause began (cases before v3 kept
 * that apart as causeAt) or, failing that, when it happened or was discovered; it was reported when the hub
 * received the report, which is the usage notice to the insurer.
 */
export function caseFactsOf(incidentCase: CaseEntity): CaseFacts {
  const occurred = incidentCase.causeAt ?? incidentCase.occurredAt ?? incidentCase.discoveredAt;
  return {
    occurredDate: jstDate(occurred),
    discoveredDate: jstDate(incidentCase.discoveredAt),
    reportedDate: jstDate(incidentCase.reportedAt),
    eventKind: incidentCase.eventKind,
    discoveryChannel: incidentCase.discoveryChannel,
    victims: { individuals: incidentCase.affectedIndividuals, corporations: incidentCase.affectedCorporations },
  };
}

/** The cap of each ledger counter for this accident: yen for the limits, declared victims for the recipients. */
export function counterLimits(terms: PolicyTerms, facts: CaseFacts): CounterLimits {
  return {
    expenseAccidentYen: terms.expenseSublimitYen,
    expensePeriodYen: terms.expenseSublimitYen,
    liabilityPeriodYen: terms.liabilityLimitYen,
    deductibleAccidentYen: terms.expenseDeductibleYen,
    condolenceIndividuals: facts.victims.individuals,
    condolenceCorporations: facts.victims.corporations,
  };
}
