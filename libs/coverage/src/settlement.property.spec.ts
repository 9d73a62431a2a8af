/**
 * Property-based: random policies of every product, and a period's stream of events across a few accidents —
 * invoices settled one after another with the usage carried forward, the insurer's liability payments and their
 * reversals, and credit notes on earlier invoices; after every release, the cut lines re-decided. The model keeps
 * the ledger's counters only by adding postings.
 * Inside the properties, node:assert rather than Jest's expect: a Jest matcher costs ~45 µs, node:assert next to
 * nothing, and fast-check reports and shrinks the failing case either way.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyPostings, COST_CATEGORIES, coveredCategories, definePolicyTerms, liabilityPaymentPostings, liabilityReversalPostings, policyRefusal,
  redecideCutLines, releaseCredit, restorableYen, settleInvoice, uncountedRecipients, ZERO_USAGE,
  type CaseFacts, type CreditLine, type InvoiceLine, type LimitPostings, type LimitUsage, type PolicyTerms, type PolicyTermsInput,
  type SettlementDecision,
} from './index';

/** 300 runs in `npm test`; `npm run fuzz` sets FUZZ_RUNS for a long search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const base = { periodStart: '2026-04-01', retroactiveDate: '2026-01-01' };
const termsArb: fc.Arbitrary<PolicyTerms> = fc
  .record({
    product: fc.constantFrom('cyber-lite', 'privacy-mark', 'chamber-of-commerce'),
    chamberSet: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
    variant: fc.constantFrom('standard', 'premium'),
    liability: fc.oneof(fc.constantFrom(10_000_000, 30_000_000, 300_000_000), fc.integer({ min: 10, max: 3_000_000 })),
    expensePerMille: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    deductible: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500_000 })),
    caps: fc.option(
      fc.record({ perIndividualYen: fc.integer({ min: 0, max: 2_000 }), perCorporationYen: fc.integer({ min: 0, max: 60_000 }) }),
      { nil: undefined },
    ),
  })
  .map(({ product, chamberSet, variant, liability, expensePerMille, deductible, caps }) => {
    // Integer arithmetic even in the generator: an expense between 1 and 100% of liability, within ¥100M.
    const perMille = (n: number) => Math.min(100_000_000, Math.max(1, Math.floor((liability * n) / 1000)));
    const expense = expensePerMille === undefined ? undefined : perMille(expensePerMille);
    // The Chamber plan has no deductible (seed 002).
    const common = { ...base, periodEnd: '2027-04-01', expenseDeductibleYen: product === 'chamber-of-commerce' ? 0 : deductible, condolenceCaps: caps };
    const limits = { liabilityLimitYen: liability, expenseSublimitYen: expense };
    const input: PolicyTermsInput =
      product === 'chamber-of-commerce'
        ? chamberSet === 'E'
          ? { ...common, product, chamberSet, variant, ...limits, expenseSublimitYen: expense ?? perMille(100) }
          : { ...common, product, chamberSet, variant }
        : { ...common, product, ...limits, periodEnd: product === 'privacy-mark' ? '2028-04-01' : '2027-04-01' };
    const result = definePolicyTerms(input);
    if (!result.ok) throw new Error(`generator made invalid terms: ${JSON.stringify(result.issues)}`);
    return result.terms;
  });

const dateArb = fc.oneof(
  // Mostly inside every product's period; now and then on either side of it, or on its first and last days.
  { weight: 8, arbitrary: fc.constantFrom('2026-04-01', '2026-08-20', '2026-11-30', '2027-04-01') },
  { weight: 1, arbitrary: fc.constantFrom('2026-03-31', '2027-09-01', '2028-04-02') },
);
const factsArb: fc.Arbitrary<CaseFacts> = fc
  .record({
    discovered: dateArb,
    occurredEarlier: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('2025-12-31', '2026-01-01', '2026-03-01') }),
    eventKind: fc.constantFrom('leak', 'unauthorised_access', 'threat_of_unauthorised_access', 'threat_of_leak'),
    discoveryChannel: fc.constantFrom('public_authority', 'security_operations_provider', 'insured', 'other'),
    // Few victims now and then, so gifts run past them and released recipients get re-counted.
    individuals: fc.oneof(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 60 })),
    corporations: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ discovered, occurredEarlier, eventKind, discoveryChannel, individuals, corporations }) => ({
    occurredDate: occurredEarlier ?? discovered,
    discoveredDate: discovered,
    reportedDate: discovered,
    eventKind,
    discoveryChannel,
    victims: { individuals, corporations },
  }));

// Amounts as small as ¥1 and as large as a big policy's limit, so every limit binds in some runs.
const amountArb = fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 40_000_000 }));
const recipientsArb = fc.record({ kind: fc.constantFrom('individual' as const, 'corporation' as const), count: fc.integer({ min: 1, max: 400 }) });
const linesArb: fc.Arbitrary<InvoiceLine[]> = fc
  .array(fc.record({ category: fc.constantFrom(...COST_CATEGORIES), amountYen: amountArb, recipients: recipientsArb }), { minLength: 0, maxLength: 6 })
  .map((lines) => lines.map(({ recipients, ...line }, index) => ({ ...line, lineNo: index + 1, ...(line.category === 'condolence_money_or_gifts' ? { recipients } : {}) })))
  .chain((lines) => fc.shuffledSubarray(lines, { minLength: lines.length }));

type Event =
  | { type: 'invoice'; accident: number; lines: InvoiceLine[]; insured: boolean }
  | { type: 'liability'; perMille: number }
  | { type: 'reversal'; payment: number }
  | { type: 'credit'; invoice: number; perMille: number[] };
// Whole-line credits (1000‰) often enough that condolence recipients are given back and re-counted.
const perMilleArb = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }) }, { weight: 1, arbitrary: fc.constant(1000) });
const perMillePerLineArb = fc.array(perMilleArb, { minLength: 6, maxLength: 6 });
const eventArb: fc.Arbitrary<Event> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ type: fc.constant('invoice' as const), accident: fc.nat(2), lines: linesArb, insured: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('liability' as const), perMille: perMilleArb }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('reversal' as const), payment: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('credit' as const), invoice: fc.nat(), perMille: perMillePerLineArb }) },
);
/** Three accidents in one policy period, and a stream of events across them. */
const accidentsArb = fc.array(factsArb, { minLength: 3, maxLength: 3 });
const streamArb = fc.array(eventArb, { maxLength: 30, size: 'medium' });

const PERIOD = ['expensePeriodYen', 'liabilityPeriodYen'] as const;
const ACCIDENT = ['expenseAccidentYen', 'deductibleAccidentYen', 'condolenceIndividuals', 'condolenceCorporations'] as const;
type Ledger = { period: LimitUsage; accidents: LimitUsage[]; postings: { accident: number | null; postings: LimitPostings }[] };
const usageOf = (ledger: Ledger, accident: number): LimitUsage => ({ ...ledger.accidents[accident], ...pick(ledger.period, PERIOD) });
const pick = (usage: LimitUsage, keys: readonly (keyof LimitUsage)[]) => Object.fromEntries(keys.map((key) => [key, usage[key]]));

/** Books postings as the ledger would: the period's counters on the policy, the rest on the accident. */
function book(ledger: Ledger, accident: number | null, postings: LimitPostings): void {
  const after = applyPostings(accident === null ? ledger.period : usageOf(ledger, accident), postings);
  ledger.period = { ...ledger.period, ...pick(after, PERIOD) };
  if (accident !== null) ledger.accidents[accident] = { ...ledger.accidents[accident], ...pick(after, ACCIDENT) };
  ledger.postings.push({ accident, postings });
}

function checkDecision(decision: SettlementDecision, lines: InvoiceLine[]): void {
  for (const line of decision.lines) {
    assert.equal(line.coveredYen + line.retainedYen, line.amountYen, `line ${line.lineNo}: covered + retained`);
    assert.equal(line.cuts.reduce((sum, cut) => sum + cut.yen, 0), line.retainedYen, `line ${line.lineNo}: cuts explain the retained yen`);
    assert.ok(line.coveredYen >= 0 && line.cuts.every((cut) => cut.yen > 0), `line ${line.lineNo}: no negative or empty cut`);
  }
  const total = lines.reduce((sum, line) => sum + line.amountYen, 0);
  assert.equal(decision.totals.coveredYen + decision.totals.retainedYen, total, 'invoice: covered + retained');
  assert.equal(decision.totals.invoiceYen, total);
  assert.deepEqual(decision.lines.map((line) => line.lineNo), lines.map((line) => line.lineNo).sort((a, b) => a - b));
}

function checkLimits(terms: PolicyTerms, facts: CaseFacts[], ledger: Ledger, liabilityPaid: number): void {
  assert.ok(ledger.period.expensePeriodYen <= terms.expenseSublimitYen, 'period expense limit');
  assert.ok(ledger.period.liabilityPeriodYen <= terms.liabilityLimitYen, 'liability limit');
  assert.equal(ledger.period.liabilityPeriodYen, ledger.period.expensePeriodYen + liabilityPaid, 'every expense yen also uses liability');
  ledger.accidents.forEach((usage, index) => {
    assert.ok(usage.expenseAccidentYen <= terms.expenseSublimitYen, `accident ${index}: expense limit`);
    assert.ok(usage.deductibleAccidentYen <= terms.expenseDeductibleYen, `accident ${index}: deductible`);
    assert.ok(usage.condolenceIndividuals <= facts[index].victims.individuals, `accident ${index}: individual recipients within the victims`);
    assert.ok(usage.condolenceCorporations <= facts[index].victims.corporations, `accident ${index}: corporate recipients within the victims`);
  });
  assert.equal(ledger.accidents.reduce((sum, usage) => sum + usage.expenseAccidentYen, 0), ledger.period.expensePeriodYen, 'accidents add up to the period');
}

/** Without condolence lines, an invoice covers exactly min(eligible − deductible left, each limit left). */
function expectedCovered(terms: PolicyTerms, facts: CaseFacts, usage: LimitUsage, lines: InvoiceLine[]): number {
  const covered = coveredCategories(terms);
  const eligible = lines.filter((line) => covered.has(line.category)).reduce((sum, line) => sum + line.amountYen, 0);
  const left = (limit: number, used: number) => Math.max(0, limit - used);
  return Math.min(
    Math.max(0, eligible - left(terms.expenseDeductibleYen, usage.deductibleAccidentYen)),
    left(terms.expenseSublimitYen, usage.expenseAccidentYen),
    left(terms.expenseSublimitYen, usage.expensePeriodYen),
    left(terms.liabilityLimitYen, usage.liabilityPeriodYen),
  );
}

describe('settlement properties over random policies and invoice streams', () => {
  type Settled = { ref: string; accident: number; decision: SettlementDecision; credited: CreditLine[] };
  let redecisionsSeen = 0; // so the property cannot pass vacuously, with no line ever re-decided
  let recountsSeen = 0; // nor with no recipients ever re-counted

  /** After a release: re-decide the cut lines, book each re-decision, and check nothing stays cut while room is left. */
  function redecide(terms: PolicyTerms, facts: CaseFacts[], ledger: Ledger, settled: Settled[]): void {
    const victims = Object.fromEntries(facts.map((f, index) => [String(index), f.victims]));
    const input = {
      terms,
      period: ledger.period,
      accidents: Object.fromEntries(ledger.accidents.map((usage, index) => [String(index), usage])),
      victims,
      candidates: settled.map((s) => ({ ref: s.ref, accident: String(s.accident), decision: s.decision, credited: s.credited })),
    };
    for (const redecision of redecideCutLines(input)) {
      const target = settled.find((s) => s.ref === redecision.ref) as Settled;
      checkDecision(redecision.decision, target.decision.lines.map(({ lineNo, category, amountYen }) => ({ lineNo, category, amountYen })));
      assert.ok(redecision.restoredYen >= 0 && redecision.decision.totals.coveredYen === target.decision.totals.coveredYen + redecision.restoredYen, 're-decision only adds cover');
      assert.deepEqual(redecision.decision.usageBefore, usageOf(ledger, target.accident), 're-decision starts from the ledger');
      book(ledger, target.accident, redecision.decision.postings);
      target.decision = redecision.decision;
      redecisionsSeen += 1;
      if (redecision.decision.postings.condolenceIndividuals + redecision.decision.postings.condolenceCorporations > 0) recountsSeen += 1;
    }
    assert.deepEqual(redecideCutLines({ ...input, period: ledger.period, accidents: Object.fromEntries(ledger.accidents.map((u, i) => [String(i), u])), candidates: settled.map((s) => ({ ref: s.ref, accident: String(s.accident), decision: s.decision, credited: s.credited })) }), [], 'running it twice changes nothing');
    // Each recipient counter is the recipients counted on condolence lines not credited in full.
    facts.forEach((_, accident) => {
      const counted = { individual: 0, corporation: 0 };
      for (const s of settled.filter((x) => x.accident === accident)) {
        for (const line of s.decision.lines) {
          const credited = s.credited.filter((c) => c.lineNo === line.lineNo).reduce((sum, c) => sum + c.amountYen, 0);
          const wholeCredit = line.amountYen > 0 && credited === line.amountYen;
          if (line.recipientsCounted && !wholeCredit) counted[line.recipientsCounted.kind] += line.recipientsCounted.count;
        }
      }
      const usage = ledger.accidents[accident];
      assert.deepEqual([usage.condolenceIndividuals, usage.condolenceCorporations], [counted.individual, counted.corporation], `accident ${accident}: recipient counters`);
    });
    // Recipients beyond the victims stay uncounted only while no declared victim of their kind is left.
    for (const s of settled) {
      if (s.decision.refusal !== null) continue;
      const usage = ledger.accidents[s.accident];
      for (const line of s.decision.lines) {
        const credited = s.credited.filter((c) => c.lineNo === line.lineNo).reduce((sum, c) => sum + c.amountYen, 0);
        if (uncountedRecipients(line, credited) === 0 || !line.recipientsCounted) continue;
        const left = line.recipientsCounted.kind === 'individual'
          ? facts[s.accident].victims.individuals - usage.condolenceIndividuals
          : facts[s.accident].victims.corporations - usage.condolenceCorporations;
        assert.equal(left, 0, `${s.ref} line ${line.lineNo} leaves recipients uncounted while victims are left`);
      }
    }
    for (const s of settled) {
      const usage = usageOf(ledger, s.accident);
      const room = Math.min(terms.expenseSublimitYen - usage.expenseAccidentYen, terms.expenseSublimitYen - usage.expensePeriodYen, terms.liabilityLimitYen - usage.liabilityPeriodYen);
      for (const line of s.decision.lines) {
        const credited = s.credited.filter((c) => c.lineNo === line.lineNo).reduce((sum, c) => sum + c.amountYen, 0);
        if (restorableYen(line, credited) > 0) assert.equal(room, 0, `${s.ref} line ${line.lineNo} stays cut while its limit has room`);
      }
    }
  }

  it('never exceeds a limit, balances every line and invoice, re-decides cut lines when room is released, replays exactly', () => {
    fc.assert(
      fc.property(termsArb, accidentsArb, streamArb, (terms, facts, events) => {
        const ledger: Ledger = { period: ZERO_USAGE, accidents: facts.map(() => ZERO_USAGE), postings: [] };
        const settled: Settled[] = [];
        const payments: { yen: number; reversed: boolean }[] = [];
        let liabilityPaid = 0;
        for (const event of events) {
          if (event.type === 'invoice') {
            const input = { terms, caseFacts: facts[event.accident], usage: usageOf(ledger, event.accident), lines: event.lines, insured: event.insured };
            const decision = settleInvoice(input);
            checkDecision(decision, event.lines);
            // The two expense limits are one figure, so which one a cut names is all that tells them apart:
            // while no other accident has used the period, a cut is the accident's own limit, never the period's.
            const reasons = decision.lines.flatMap((line) => line.cuts.map((cut) => cut.reason));
            if (input.usage.expensePeriodYen === input.usage.expenseAccidentYen) assert.ok(!reasons.includes('period_limit'), 'period_limit while alone');
            if (!event.insured) assert.deepEqual(decision.postings, ZERO_USAGE, 'an uninsured order touches no limit');
            if (event.insured && policyRefusal(terms, input.caseFacts)) assert.equal(decision.totals.coveredYen, 0, 'a refused case covers nothing');
            // Same input twice, and the same lines in another order: the same decision.
            assert.deepEqual(settleInvoice(structuredClone(input)), decision, 'same input, same decision');
            assert.deepEqual(settleInvoice({ ...input, lines: [...event.lines].reverse() }), decision, 'line order does not matter');
            if (decision.refusal === null && !event.lines.some((line) => line.category === 'condolence_money_or_gifts')) {
              assert.equal(decision.totals.coveredYen, expectedCovered(terms, input.caseFacts, input.usage, event.lines), 'covered = tightest limit');
            }
            // Crediting the whole invoice at once puts the counters back where they were before it.
            const whole = releaseCredit({ decision, credits: decision.lines.map(({ lineNo, amountYen }) => ({ lineNo, amountYen })) });
            assert.equal(whole.coveredReleasedYen, decision.totals.coveredYen);
            assert.deepEqual(applyPostings(decision.usageAfter, whole.postings), input.usage, 'whole credit restores the usage');
            assert.deepEqual(decision.usageAfter, applyPostings(input.usage, decision.postings), 'usageAfter = usage + postings');
            book(ledger, event.accident, decision.postings);
            settled.push({ ref: `inv-${settled.length}`, accident: event.accident, decision, credited: [] });
          } else if (event.type === 'liability') {
            const room = terms.liabilityLimitYen - ledger.period.liabilityPeriodYen;
            const paymentYen = Math.floor((room * event.perMille) / 1000);
            book(ledger, null, liabilityPaymentPostings(terms.liabilityLimitYen, ledger.period, paymentYen));
            liabilityPaid += paymentYen;
            payments.push({ yen: paymentYen, reversed: false });
          } else if (event.type === 'reversal') {
            const payment = payments.filter((p) => !p.reversed && p.yen > 0)[event.payment % Math.max(1, payments.length)];
            if (!payment) continue;
            book(ledger, null, liabilityReversalPostings(payment.yen));
            payment.reversed = true;
            liabilityPaid -= payment.yen;
            redecide(terms, facts, ledger, settled);
          } else if (settled.length > 0) {
            const target = settled[event.invoice % settled.length];
            const credits = target.decision.lines.map((line, index) => {
              const left = line.amountYen - target.credited.filter((c) => c.lineNo === line.lineNo).reduce((sum, c) => sum + c.amountYen, 0);
              return { lineNo: line.lineNo, amountYen: Math.floor((left * event.perMille[index]) / 1000) };
            });
            const release = releaseCredit({ decision: target.decision, credits, alreadyCredited: target.credited });
            target.decision.lines.forEach((line, index) => {
              const released = release.lines[index];
              assert.equal(released.retainedReducedYen + released.coveredReleasedYen + released.deductibleReleasedYen, credits[index].amountYen);
              assert.ok(released.coveredReleasedYen <= line.coveredYen, 'never more than the line had covered');
            });
            assert.ok(Object.values(release.postings).every((yen) => yen <= 0), 'a release only gives back');
            book(ledger, target.accident, release.postings); // throws if a counter would go below zero
            target.credited.push(...credits);
            redecide(terms, facts, ledger, settled);
          }
          checkLimits(terms, facts, ledger, liabilityPaid);
        }
        // Replaying every posting from zero, in a plain sum per counter, reproduces the ledger.
        const sum = (keys: readonly (keyof LimitUsage)[], rows: LimitPostings[]) =>
          Object.fromEntries(keys.map((key) => [key, rows.reduce((total, row) => total + row[key], 0)]));
        assert.deepEqual(sum(PERIOD, ledger.postings.map((row) => row.postings)), pick(ledger.period, PERIOD), 'replay: period');
        ledger.accidents.forEach((usage, index) => {
          const rows = ledger.postings.filter((row) => row.accident === index).map((row) => row.postings);
          assert.deepEqual(sum(ACCIDENT, rows), pick(usage, ACCIDENT), `replay: accident ${index}`);
        });
      }),
      { numRuns: RUNS },
    );
    expect(redecisionsSeen).toBeGreaterThan(RUNS / 30);
    // Re-counts need a whole condolence line credited and a later one past the victims: rare here, so they are
    // also shown on their own in redecision.spec.ts; across a fuzz run they must happen.
    if (RUNS >= 3_000) expect(recountsSeen).toBeGreaterThan(0);
  });

  it('credits in several notes release the same as one note for the sum', () => {
    fc.assert(
      fc.property(termsArb, factsArb, linesArb, perMillePerLineArb, (terms, caseFacts, lines, perMille) => {
        const decision = settleInvoice({ terms, caseFacts, usage: ZERO_USAGE, lines });
        const all = decision.lines.map(({ lineNo, amountYen }) => ({ lineNo, amountYen }));
        const first = all.map((line, index) => ({ lineNo: line.lineNo, amountYen: Math.floor((line.amountYen * perMille[index]) / 1000) }));
        const rest = all.map((line, index) => ({ lineNo: line.lineNo, amountYen: line.amountYen - first[index].amountYen }));
        const a = releaseCredit({ decision, credits: first });
        const b = releaseCredit({ decision, credits: rest, alreadyCredited: first });
        const once = releaseCredit({ decision, credits: all });
        assert.deepEqual(applyPostings(applyPostings(decision.usageAfter, a.postings), b.postings), applyPostings(decision.usageAfter, once.postings));
        assert.equal(a.coveredReleasedYen + b.coveredReleasedYen, decision.totals.coveredYen);
      }),
      { numRuns: RUNS },
    );
  });
});
