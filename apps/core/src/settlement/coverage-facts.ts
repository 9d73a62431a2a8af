import { type CaseFacts, condolenceCapYen, definePolicyTerms, type PolicyTerms } from '@hub/coverage';
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

/** The case as the coverage rules read it: dated when it happened (or, failing that, was discovered), in JST. */
export function caseFactsOf(incidentCase: CaseEntity): CaseFacts {
  return {
    incidentDate: jstDate(incidentCase.occurredAt ?? incidentCase.discoveredAt),
    ...(incidentCase.causeAt ? { causeDate: jstDate(incidentCase.causeAt) } : {}),
    kind: incidentCase.incidentKind,
    discoveryChannel: incidentCase.discoveryChannel,
    affectedIndividuals: incidentCase.affectedIndividuals,
    affectedCorporations: incidentCase.affectedCorporations,
  };
}

/** The cap of each ledger counter for this accident. */
export function counterLimits(terms: PolicyTerms, facts: CaseFacts): CounterLimits {
  return {
    expenseAccidentYen: terms.expenseSublimitYen,
    expensePeriodYen: terms.expenseSublimitYen,
    liabilityPeriodYen: terms.liabilityLimitYen,
    deductibleAccidentYen: terms.expenseDeductibleYen,
    condolenceAccidentYen: condolenceCapYen(terms, facts),
  };
}
