import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import type { AmendVictimsRequestV2 } from '@hub/contracts';
import { MAX_AFFECTED_COUNT } from '@hub/coverage';
import { type FieldIssue, notFound, unprocessable } from '@hub/refusals';
import { caseFactsOf, counterLimits, termsOf } from '../../settlement/coverage-facts';
import { LimitsLedger } from '../../settlement/limits-ledger';
import { RedecideCutLines, type RedecisionOutcome } from '../../settlement/usecases/redecide-cut-lines.usecase';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { CaseEntity } from '../case.entity';
import { CaseRepository } from '../case.repository';

/**
 * The insurer corrects the victims a case declares as the investigation counts them. Condolence recipients are
 * capped at the declared victims (seed 002: per victim), so under the policy's lock the recipient limits move
 * with them, and gifts once cut as beyond the victims are re-decided at once. A count never falls below the
 * recipients already counted: those gifts were given and covered.
 */
@Injectable()
export class AmendVictims {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly ledger: LimitsLedger,
    private readonly redecide: RedecideCutLines,
    private readonly timeline: TimelineRepository,
  ) {}

  execute(caseId: string, request: AmendVictimsRequestV2, { actor, correlationId }: ActorContext): Promise<{ incidentCase: CaseEntity; redecisions: RedecisionOutcome[] }> {
    return this.dataSource.transaction(async (tx) => {
      const found = await this.cases.findById(tx, caseId);
      if (!found) throw notFound('Case', caseId);
      // The policy's lock first, as every ledger writer takes it, then the case's row.
      const policy = await this.ledger.lockPolicy(tx, found.policyId);
      const incidentCase = (await this.cases.findByIdForUpdate(tx, caseId)) as CaseEntity;
      const tooMany = (['individuals', 'corporations'] as const).filter((kind) => request[kind] > MAX_AFFECTED_COUNT);
      if (tooMany.length > 0) {
        throw unprocessable('incident_invalid', 'The amended victims exceed what a case may declare', tooMany.map((field) => ({ field, reason: `must not exceed ${MAX_AFFECTED_COUNT}` })));
      }
      const terms = termsOf(policy);
      const { usage } = await this.ledger.open(tx, policy.id, caseId, counterLimits(terms, caseFactsOf(incidentCase)));
      const below: FieldIssue[] = [];
      if (request.individuals < usage.condolenceIndividuals) below.push({ field: 'individuals', reason: `must not be below the ${usage.condolenceIndividuals} individual recipients already counted` });
      if (request.corporations < usage.condolenceCorporations) below.push({ field: 'corporations', reason: `must not be below the ${usage.condolenceCorporations} corporate recipients already counted` });
      if (below.length > 0) throw unprocessable('victims_below_counted', `Case ${caseId} already counts more condolence recipients than that`, below);

      const before = { individuals: incidentCase.affectedIndividuals, corporations: incidentCase.affectedCorporations };
      incidentCase.affectedIndividuals = request.individuals;
      incidentCase.affectedCorporations = request.corporations;
      await this.cases.save(tx, incidentCase);
      await this.ledger.setCaps(tx, policy.id, caseId, { condolenceIndividuals: request.individuals, condolenceCorporations: request.corporations });
      await this.timeline.append(tx, {
        caseId,
        kind: 'victims_amended',
        actor: actorLabel(actor),
        note: `victims: individuals ${before.individuals} → ${request.individuals}, corporations ${before.corporations} → ${request.corporations}: ${request.reason}`,
        occurredAt: new Date(),
      });
      const redecisions = await this.redecide.execute(tx, policy, `the victims of case ${caseId} were amended`, correlationId);
      return { incidentCase, redecisions };
    });
  }
}
