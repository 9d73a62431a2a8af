import fc from 'fast-check';
import {
  applyPostings, definePolicyTerms, liabilityPaymentPostings, liabilityReversalPostings, redecideCutLines, releaseCredit, settleInvoice, ZERO_USAGE,
  type CaseFacts, type PolicyTermsInput, type SettlementDecision,
} from './index';

const defined = definePolicyTerms({
  product: 'cyber-lite', periodStart: '2026-04-01', periodEnd: '2027-04-01', liabilityLimitYen: 10_000_000, // expense ¥1M
} as PolicyTermsInput);
if (!defined.ok) throw new Error('bad fixture');
const terms = defined.terms;
const facts: CaseFacts = {
  occurredDate: '2026-06-01', discoveredDate: '2026-06-01', reportedDate: '2026-06-01', eventKind: 'leak', discoveryChannel: 'insured', victims: { individuals: 0, corporations: 0 },
};

describe('redecideCutLines: released room goes back to what was cut', () => {
  // Worked example. LAC invoices ¥700,000 of forensics, PRAP ¥600,000 of press work on the same accident: the
  // expense sublimit is ¥1M, so PRAP's line is cut by ¥300,000 (accident_limit). LAC then credits ¥200,000 of
  // its invoice (two days not worked). Seed 000: fees are paid as claim up to the limit, so the insured must end
  // at the ¥1M limit again — PRAP's line gets ¥200,000 of its cut back, in a re-decision of its own.
  const lac = settleInvoice({ terms, caseFacts: facts, usage: ZERO_USAGE, lines: [{ lineNo: 1, category: 'cause_and_scope_investigation', amountYen: 700_000 }] });
  const prap = settleInvoice({ terms, caseFacts: facts, usage: lac.usageAfter, lines: [{ lineNo: 1, category: 'public_notice_and_press', amountYen: 600_000 }] });
  const credit = releaseCredit({ decision: lac, credits: [{ lineNo: 1, amountYen: 200_000 }] });
  const afterCredit = applyPostings(prap.usageAfter, credit.postings);
  const candidates = (prapDecision: SettlementDecision) => [
    { ref: 'lac', accident: 'case-1', decision: lac, credited: [{ lineNo: 1, amountYen: 200_000 }] },
    { ref: 'prap', accident: 'case-1', decision: prapDecision, credited: [] },
  ];

  it('worked example: a credit note restores a cut line, and running it twice changes nothing', () => {
    expect(prap.lines[0].cuts).toEqual([{ reason: 'accident_limit', yen: 300_000 }]);
    const [redecision, ...none] = redecideCutLines({ terms, period: afterCredit, accidents: { 'case-1': afterCredit }, candidates: candidates(prap) });
    expect(none).toEqual([]);
    expect(redecision).toMatchObject({ ref: 'prap', restoredYen: 200_000 });
    expect(redecision.decision.lines[0]).toMatchObject({ coveredYen: 500_000, retainedYen: 100_000, cuts: [{ reason: 'accident_limit', yen: 100_000 }] });
    expect(redecision.decision.postings).toEqual({ ...ZERO_USAGE, expenseAccidentYen: 200_000, expensePeriodYen: 200_000, liabilityPeriodYen: 200_000 });
    expect(redecision.decision.usageAfter.expenseAccidentYen).toBe(1_000_000);
    const again = redecideCutLines({ terms, period: redecision.decision.usageAfter, accidents: { 'case-1': redecision.decision.usageAfter }, candidates: candidates(redecision.decision) });
    expect(again).toEqual([]);
  });

  it('does not restore yen a credit on the cut line itself already took', () => {
    // PRAP credits ¥250,000 of its own cut line: the credit takes the cut first, so only ¥50,000 remain cut.
    const credited = [{ ref: 'prap', accident: 'case-1', decision: prap, credited: [{ lineNo: 1, amountYen: 250_000 }] }];
    const usage = applyPostings(afterCredit, ZERO_USAGE);
    const [redecision] = redecideCutLines({ terms, period: usage, accidents: { 'case-1': usage }, candidates: credited });
    expect(redecision.restoredYen).toBe(50_000);
  });

  it('gives the room of a reversed liability payment to lines the liability limit cut, in their original order', () => {
    const paid = applyPostings(ZERO_USAGE, liabilityPaymentPostings(terms.liabilityLimitYen, ZERO_USAGE, 9_500_000));
    const first = settleInvoice({ terms, caseFacts: facts, usage: paid, lines: [{ lineNo: 1, category: 'call_centre', amountYen: 800_000 }] });
    const second = settleInvoice({ terms, caseFacts: facts, usage: first.usageAfter, lines: [{ lineNo: 1, category: 'consulting', amountYen: 100_000 }] });
    expect([first.lines[0].cuts, second.lines[0].cuts]).toEqual([[{ reason: 'liability_limit', yen: 300_000 }], [{ reason: 'liability_limit', yen: 100_000 }]]);
    const reversed = applyPostings(second.usageAfter, liabilityReversalPostings(9_500_000));
    const results = redecideCutLines({
      terms, period: reversed, accidents: { a: reversed },
      candidates: [{ ref: 'first', accident: 'a', decision: first, credited: [] }, { ref: 'second', accident: 'a', decision: second, credited: [] }],
    });
    expect(results.map((r) => [r.ref, r.restoredYen])).toEqual([['first', 300_000], ['second', 100_000]]);
  });

  it('lets restored yen bear a deductible a credit gave back, before any is covered', () => {
    const withDeductible = definePolicyTerms({ product: 'cyber-lite', periodStart: '2026-04-01', periodEnd: '2027-04-01', liabilityLimitYen: 10_000_000, expenseDeductibleYen: 100_000 } as PolicyTermsInput);
    if (!withDeductible.ok) throw new Error('bad fixture');
    const policy = withDeductible.terms;
    const a = settleInvoice({ terms: policy, caseFacts: facts, usage: ZERO_USAGE, lines: [{ lineNo: 1, category: 'call_centre', amountYen: 1_100_000 }] });
    const b = settleInvoice({ terms: policy, caseFacts: facts, usage: a.usageAfter, lines: [{ lineNo: 1, category: 'consulting', amountYen: 300_000 }] });
    const whole = releaseCredit({ decision: a, credits: [{ lineNo: 1, amountYen: 1_100_000 }] });
    const usage = applyPostings(b.usageAfter, whole.postings);
    const [redecision] = redecideCutLines({
      terms: policy, period: usage, accidents: { x: usage },
      candidates: [{ ref: 'a', accident: 'x', decision: a, credited: [{ lineNo: 1, amountYen: 1_100_000 }] }, { ref: 'b', accident: 'x', decision: b, credited: [] }],
    });
    // Had A never been invoiced, B would have borne the ¥100,000 deductible and been covered ¥200,000.
    expect(redecision.decision.lines[0]).toMatchObject({ coveredYen: 200_000, cuts: [{ reason: 'deductible', yen: 100_000 }] });
    expect(redecision.decision.postings).toMatchObject({ deductibleAccidentYen: 100_000, expenseAccidentYen: 200_000 });
  });
});

describe('redecideCutLines: victims given back are counted for the gifts that were beyond them', () => {
  const caseFacts = (individuals: number): CaseFacts => ({ ...facts, victims: { individuals, corporations: 0 } });
  const gifts = (lineNo: number, count: number, each: number) => ({ lineNo, category: 'condolence_money_or_gifts' as const, amountYen: count * each, recipients: { kind: 'individual' as const, count } });

  // Seed 002: ¥1,000 per individual victim. 10 victims declared: PRAP's first mailing reached 10 of them, the second
  // 5 more people and was cut as beyond the victims. The first mailing is then credited in full (never sent).
  it('worked example: a full credit of one mailing lets the next one count, capped per recipient', () => {
    const first = settleInvoice({ terms, caseFacts: caseFacts(10), usage: ZERO_USAGE, lines: [gifts(1, 10, 1_000)] });
    const second = settleInvoice({ terms, caseFacts: caseFacts(10), usage: first.usageAfter, lines: [gifts(1, 5, 1_200)] });
    expect(second.lines[0]).toMatchObject({ coveredYen: 0, cuts: [{ reason: 'condolence_victims_exceeded', yen: 6_000 }], recipientsCounted: { count: 0 } });
    const credit = releaseCredit({ decision: first, credits: [{ lineNo: 1, amountYen: 10_000 }] });
    const usage = applyPostings(second.usageAfter, credit.postings);
    const [redecision, ...none] = redecideCutLines({
      terms, period: usage, accidents: { a: usage }, victims: { a: caseFacts(10).victims },
      candidates: [{ ref: 'first', accident: 'a', decision: first, credited: [{ lineNo: 1, amountYen: 10_000 }] }, { ref: 'second', accident: 'a', decision: second, credited: [] }],
    });
    expect(none).toEqual([]);
    expect(redecision).toMatchObject({ ref: 'second', restoredYen: 5_000 });
    expect(redecision.decision.lines[0]).toMatchObject({ coveredYen: 5_000, cuts: [{ reason: 'condolence_cap', yen: 1_000 }], recipientsCounted: { count: 5 } });
    expect(redecision.decision.postings).toMatchObject({ condolenceIndividuals: 5, expenseAccidentYen: 5_000 });
  });

  it('counts exactly as many more recipients as the credit gave back, never beyond the declared victims', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 3_000 }), (declared, firstCount, secondCount, each) => {
        const a = Math.min(firstCount, declared);
        const first = settleInvoice({ terms, caseFacts: caseFacts(declared), usage: ZERO_USAGE, lines: [gifts(1, a, each + 1)] });
        const second = settleInvoice({ terms, caseFacts: caseFacts(declared), usage: first.usageAfter, lines: [gifts(1, secondCount, each + 1)] });
        const whole = [{ lineNo: 1, amountYen: first.lines[0].amountYen }];
        const usage = applyPostings(second.usageAfter, releaseCredit({ decision: first, credits: whole }).postings);
        const results = redecideCutLines({
          terms, period: usage, accidents: { x: usage }, victims: { x: caseFacts(declared).victims },
          candidates: [{ ref: '1', accident: 'x', decision: first, credited: whole }, { ref: '2', accident: 'x', decision: second, credited: [] }],
        });
        const line = (results[0]?.decision ?? second).lines[0];
        expect(line.recipientsCounted?.count).toBe(Math.min(secondCount, declared));
        expect(line.coveredYen + line.retainedYen).toBe(line.amountYen);
        expect(line.coveredYen).toBeLessThanOrEqual((line.recipientsCounted?.count ?? 0) * 1_000);
      }),
    );
  });

  it('never gives victims to a line of free gifts: it gave nothing and could never give them back', () => {
    const first = settleInvoice({ terms, caseFacts: caseFacts(10), usage: ZERO_USAGE, lines: [gifts(1, 10, 1_000)] });
    const second = settleInvoice({ terms, caseFacts: caseFacts(10), usage: first.usageAfter, lines: [gifts(1, 10, 0), gifts(2, 3, 1_000)] });
    const whole = [{ lineNo: 1, amountYen: 10_000 }];
    const usage = applyPostings(second.usageAfter, releaseCredit({ decision: first, credits: whole }).postings);
    const [redecision] = redecideCutLines({
      terms, period: usage, accidents: { a: usage }, victims: { a: caseFacts(10).victims },
      candidates: [{ ref: 'first', accident: 'a', decision: first, credited: whole }, { ref: 'second', accident: 'a', decision: second, credited: [] }],
    });
    expect(redecision.decision.lines.map((l) => [l.coveredYen, l.recipientsCounted?.count])).toEqual([[0, 0], [3_000, 3]]);
    expect(redecision.decision.postings.condolenceIndividuals).toBe(3);
  });
});
