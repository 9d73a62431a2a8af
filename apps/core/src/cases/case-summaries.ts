import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseListV1 } from '@hub/contracts';
import { containsPattern, instantText, type KeysetList, keysetPage, type ListPage, newestFirst, type PageRequest, PositionalParams, UUID, whereAll } from '@hub/http';
import type { CoverageStatus } from './case.entity';

export type CaseSummary = CaseListV1['cases'][number];

export interface CaseFilter {
  /** Anywhere in the insured's name, the policy number or the case id, in any letter case. */
  text?: string;
  policyNumber?: string;
  coverage?: CoverageStatus;
  /** Cases on which this partner was engaged. */
  partnerId?: string;
  from?: Date;
  to?: Date;
}

export const CASE_LIST: KeysetList = { cursorKind: 'cases1', id: UUID };

/** An order still in the partner's hands or waiting to be closed. */
const ENDED = `('closed', 'cancelled', 'declined')`;

interface Row {
  id: string;
  policy_number: string;
  insured_name: string;
  event_kind: CaseSummary['incidentKind'];
  occurred_at: Date;
  discovered_at: Date;
  reported_at: Date;
  coverage_status: CoverageStatus;
  coverage_decided_at: Date | null;
  open_orders: number;
  total_orders: number;
  partners: string[];
  keyset_at: string;
}

const toSummary = (r: Row): CaseSummary => ({
  caseId: r.id,
  policyNumber: r.policy_number,
  insuredName: r.insured_name,
  incidentKind: r.event_kind,
  occurredAt: r.occurred_at.toISOString(),
  discoveredAt: r.discovered_at.toISOString(),
  reportedAt: r.reported_at.toISOString(),
  coverage: { status: r.coverage_status, decidedAt: r.coverage_decided_at?.toISOString() ?? null },
  orders: { open: r.open_orders, total: r.total_orders },
  partners: r.partners,
});

/** Cases as a list shows them (GET /cases): each with its policy's insured, its coverage decision and its orders counted. */
@Injectable()
export class CaseSummaries {
  /** One statement a page: the cases, their policy and their orders' counts, newest reported first. */
  async page(tx: EntityManager, filter: CaseFilter, page: PageRequest): Promise<ListPage<CaseSummary>> {
    const params = new PositionalParams();
    const { bind } = params;
    const text = filter.text === undefined ? undefined : bind(containsPattern(filter.text));
    const keyset = newestFirst('c.reported_at', 'c.id', 'uuid', page.after, bind);
    const where = whereAll([
      text && `(p.insured_name ILIKE ${text} ESCAPE '\\' OR p.policy_number ILIKE ${text} ESCAPE '\\' OR c.id::text ILIKE ${text} ESCAPE '\\')`,
      filter.policyNumber !== undefined && `p.policy_number = ${bind(filter.policyNumber)}`,
      filter.coverage !== undefined && `c.coverage_status = ${bind(filter.coverage)}`,
      filter.partnerId !== undefined && `EXISTS (SELECT 1 FROM orders po WHERE po.case_id = c.id AND po.partner_id = ${bind(filter.partnerId)})`,
      filter.from !== undefined && `c.reported_at >= ${bind(filter.from)}`,
      filter.to !== undefined && `c.reported_at < ${bind(filter.to)}`,
      keyset.condition,
    ]);
    const rows: Row[] = await tx.query(
      `SELECT c.id, p.policy_number, p.insured_name, c.event_kind, COALESCE(c.cause_at, c.occurred_at, c.discovered_at) AS occurred_at, c.discovered_at,
              c.reported_at, c.coverage_status, c.coverage_decided_at, o.open_orders, o.total_orders, o.partners, ${instantText('c.reported_at')} AS keyset_at
         FROM cases c
         JOIN policies p ON p.id = c.policy_id
         CROSS JOIN LATERAL (
           SELECT count(*) FILTER (WHERE os.status NOT IN ${ENDED})::int AS open_orders, count(*)::int AS total_orders,
                  COALESCE(array_agg(DISTINCT os.partner_id ORDER BY os.partner_id), '{}') AS partners
             FROM orders os WHERE os.case_id = c.id) o
        ${where}
        ORDER BY ${keyset.orderBy}
        LIMIT ${bind(page.limit + 1)}`,
      params.values,
    );
    const { items, nextCursor } = keysetPage(rows, page.limit, CASE_LIST, (r) => ({ at: r.keyset_at, id: r.id }));
    return { items: items.map(toSummary), nextCursor };
  }
}
