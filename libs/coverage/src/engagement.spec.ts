import { definePolicyTerms, engagementRefusal, type CaseFacts, type PolicyTerms, type PolicyTermsInput } from './index';

const termsOf = (input: Partial<PolicyTermsInput>) => {
  const result = definePolicyTerms({ product: 'cyber-lite', periodStart: '2026-04-01', periodEnd: '2027-04-01', liabilityLimitYen: 10_000_000, ...input } as PolicyTermsInput);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.terms;
};
const facts: CaseFacts = {
  occurredDate: '2026-10-01', discoveredDate: '2026-11-20', reportedDate: '2026-11-20', eventKind: 'leak', discoveryChannel: 'insured', victims: { individuals: 0, corporations: 0 },
};

describe('engagementRefusal: no partner works for what the policy cannot pay', () => {
  it('lets a covered case engage every function the plan pays for', () => {
    for (const fn of ['investigation', 'crisis_pr', 'call_centre', 'trust_recovery'] as const) expect(engagementRefusal(termsOf({}), facts, fn)).toBeNull();
  });

  // Worked example (seed 003 (注)): the insured's own staff notice odd log-ins — a threat of unauthorised access
  // they found themselves. Nothing is payable, so no forensics firm is engaged at the policy's expense. The same
  // threat reported by the police (公的機関からの通報) is covered.
  it('worked example: a self-detected threat is refused, the same threat reported by a public authority is not', () => {
    const threat = { ...facts, eventKind: 'threat_of_unauthorised_access' as const };
    expect(engagementRefusal(termsOf({}), threat, 'investigation')).toMatchObject({ code: 'threat_not_reported_by_authority', message: expect.stringContaining('公的機関からの通報') });
    expect(engagementRefusal(termsOf({}), { ...threat, discoveryChannel: 'public_authority' }, 'investigation')).toBeNull();
    expect(engagementRefusal(termsOf({}), { ...threat, eventKind: 'threat_of_leak' }, 'investigation')).toBeNull();
  });

  it('names the retroactive date and the period, with the seed condition', () => {
    expect(engagementRefusal(termsOf({}), { ...facts, occurredDate: '2026-03-01' })).toMatchObject({ code: 'before_retroactive_date', message: expect.stringContaining('遡及日') });
    expect(engagementRefusal(termsOf({}), { ...facts, occurredDate: '2026-03-01', discoveredDate: '2026-03-02', reportedDate: '2026-03-02' })?.code).toBe('before_retroactive_date');
    expect(engagementRefusal(termsOf({ firstInceptionDate: '2025-04-01' }), { ...facts, occurredDate: '2025-05-01', discoveredDate: '2026-03-02', reportedDate: '2026-03-03' })).toMatchObject({
      code: 'outside_policy_period', message: expect.stringContaining('discovered on 2026-03-02'),
    });
  });

  it('refuses a function none of whose costs the plan covers (I.S.Rating on the Chamber standard plan)', () => {
    const standard = termsOf({ product: 'chamber-of-commerce', chamberSet: 'A', variant: 'standard', liabilityLimitYen: undefined });
    expect(engagementRefusal(standard, facts, 'trust_recovery')).toMatchObject({ code: 'function_not_covered', message: expect.stringContaining('recurrence_prevention') });
    expect(engagementRefusal({ ...standard, variant: 'premium' } as PolicyTerms, facts, 'trust_recovery')).toBeNull();
    expect(engagementRefusal(standard, facts, 'investigation')).toBeNull();
  });
});
