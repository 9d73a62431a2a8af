import { Injectable } from '@nestjs/common';
import type { FoundBreak, JobOutcome, JobRunContext, ReconciliationJob } from '../reconciliation-job';
import { type CounterBreak, type DecisionBreak, LedgerProofRepository } from './ledger-proof.repository';
import { yen } from '../yen';


/**
 * Decisions against the ledger: every limit counter equals the sum of its postings and stays within its cap, and every
 * decision's covered plus retained is its invoice's total. Any break is an incident: money may have been paid, or may
 * be refused, on a wrong figure. It checks the ledger as it stands when it runs (the counters hold no history).
 */
@Injectable()
export class LedgerJob implements ReconciliationJob {
  readonly name = 'ledger' as const;

  constructor(private readonly proof: LedgerProofRepository) {}

  async run({ db }: JobRunContext): Promise<JobOutcome> {
    const counters = await this.proof.counterBreaks(db);
    const decisions = await this.proof.decisionBreaks(db);
    return {
      found: [...counters.flatMap(counterFindings), ...decisions.map(decisionFinding)],
      summary: { counterBreaks: counters.length, decisionBreaks: decisions.length },
    };
  }
}

function counterFindings(c: CounterBreak): FoundBreak[] {
  const where = `${c.counter} of ${c.policyNumber}${c.caseId ? ` (case ${c.caseId})` : ''}`;
  const base = { severity: 'incident' as const, subjectType: 'limit_counter', subjectId: c.counterId, caseId: c.caseId, detail: { ...c } };
  const found: FoundBreak[] = [];
  if (c.usedYen !== c.postedYen) {
    found.push({ ...base, kind: 'counter_differs_from_postings', amountYen: Math.abs(c.usedYen - c.postedYen), summary: `Counter ${where} says ${yen(c.usedYen)} used; its postings add up to ${yen(c.postedYen)}` });
  }
  const highest = Math.max(c.usedYen, c.postedYen);
  if (highest > c.limitYen) {
    found.push({ ...base, kind: 'counter_above_cap', amountYen: highest - c.limitYen, summary: `Counter ${where} stands at ${yen(highest)}, above its cap of ${yen(c.limitYen)}` });
  }
  return found;
}

function decisionFinding(d: DecisionBreak): FoundBreak {
  const total = d.coveredYen + d.retainedYen;
  return {
    kind: 'decision_does_not_add_up',
    severity: 'incident',
    subjectType: 'decision',
    subjectId: d.decisionId,
    caseId: d.caseId,
    partnerId: d.partnerId,
    amountYen: Math.abs(total - d.invoiceYen),
    summary: `Decision (${d.kind}) on invoice ${d.invoiceNumber} from ${d.partnerId}: covered ${yen(d.coveredYen)} + retained ${yen(d.retainedYen)} = ${yen(total)}, the invoice is ${yen(d.invoiceYen)}`,
    detail: { ...d },
  };
}
