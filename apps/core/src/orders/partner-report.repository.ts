import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PartnerReport } from '@hub/partners';

export type Placement = 'advanced' | 'earlier' | 'after_end' | 'contradiction' | 'repeat';

export interface PlacedReport extends PartnerReport {
  orderId: string;
  partnerId: string;
  eventId: string;
  reportedAt: Date;
  placement: Placement;
}

/** Every status report a partner made on an order, and how core placed it. */
@Injectable()
export class PartnerReportRepository {
  /** What the partner reported on this order before, however it was placed (a repeat of a repeat is still one). */
  async earlierOf(tx: EntityManager, partnerId: string, orderId: string): Promise<PartnerReport[]> {
    const rows: { status: PartnerReport['status']; milestone: string | null }[] = await tx.query(
      `SELECT status, milestone FROM partner_reports WHERE partner_id = $1 AND order_id = $2 AND placement <> 'repeat' ORDER BY reported_at, id`,
      [partnerId, orderId],
    );
    return rows;
  }

  async record(tx: EntityManager, report: PlacedReport): Promise<void> {
    await tx.query(
      `INSERT INTO partner_reports (order_id, partner_id, event_id, status, milestone, reported_at, placement) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [report.orderId, report.partnerId, report.eventId, report.status, report.milestone ?? null, report.reportedAt, report.placement],
    );
  }
}
