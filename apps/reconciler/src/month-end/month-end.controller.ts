import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { type ActorContext, CallerContext, Callers, partnerScope } from '@hub/auth';
import { contractValidator, describeIssues, type MonthEndQueryV1, type MonthEndStatementV1 } from '@hub/contracts';
import { type FieldIssue, invalidInput, notFound } from '@hub/http';
import { findPartner } from '@hub/partners';
import { parseMonth } from './month';
import { NO_FIGURES } from './month-figures';
import { monthEndCsv } from './month-end-csv';
import { MonthEndRepository } from './month-end.repository';
import { monthEndView } from './month-end-view';

/** Says whether the answer is the closed month (true) or computed when asked (false), for the JSON and the CSV alike. */
export const CLOSED_HEADER = 'Month-End-Closed';

@Controller('partners/:partnerId/month-end')
export class MonthEndController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: MonthEndRepository,
  ) {}

  /**
   * A partner's month: what the month-end job stored once it has run for the month, else computed now; as JSON, or as
   * CSV for the partner's accounting staff. A partner reads its own months only: another partner's answers the same
   * 404 as a partner that does not exist.
   */
  @Get(':month')
  @Callers('partner', 'finance', 'auditor')
  async statement(
    @Param('partnerId') partnerId: string,
    @Param('month') monthText: string,
    @Query() query: unknown,
    @CallerContext() { actor }: ActorContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MonthEndStatementV1 | StreamableFile> {
    const month = parseMonth(monthText);
    const q = contractValidator().validate('http/reconciler/month-end-query.v1', query ?? {});
    const issues: FieldIssue[] = [
      ...(month ? [] : [{ field: 'month', reason: 'must be a month written YYYY-MM (such as 2026-11)' }]),
      ...(q.ok ? [] : q.issues),
      ...(q.ok && q.value.charset !== undefined && q.value.format !== 'csv' ? [{ field: 'charset', reason: 'is only for format=csv' }] : []),
    ];
    if (!month || !q.ok || issues.length > 0) throw invalidInput(`Request is invalid: ${describeIssues(issues)}`, issues);
    const partner = findPartner(partnerId);
    const scope = partnerScope(actor);
    if (!partner || (scope !== undefined && scope !== partner.id)) throw notFound('Partner', partnerId);

    const db = this.dataSource.manager;
    const stored = await this.statements.stored(db, partner.id, month);
    const figures = stored ? (stored.figures ?? NO_FIGURES) : await this.statements.figures(db, partner.id, month);
    const invoices = await this.statements.invoiceLines(db, partner.id, month);
    const closed = stored !== undefined;
    // The CSV is written before the header is set: a statement Shift_JIS cannot hold is refused (422) without it.
    const answer = q.value.format === 'csv'
      ? csvFile(`month-end-${partner.id}-${month.label}.csv`, monthEndCsv({ month: month.label, partnerName: partner.nameJa, closed, figures, invoices }, q.value.charset ?? 'utf-8'), q.value)
      : monthEndView(partner, month, stored, figures, invoices, new Date());
    response.setHeader(CLOSED_HEADER, String(closed));
    return answer;
  }
}

function csvFile(fileName: string, bytes: Buffer, query: MonthEndQueryV1): StreamableFile {
  return new StreamableFile(bytes, {
    type: `text/csv; charset=${query.charset === 'shift_jis' ? 'Shift_JIS' : 'utf-8'}`,
    disposition: `attachment; filename="${fileName}"`,
    length: bytes.length,
  });
}
