import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, CallerContext, Callers, CASE_READERS, partnerScope } from '@hub/auth';
import type { DeliverablePageV1, DeliverableQueryV1, DeliverableViewV1, ReviewDeliverableRequestV1 } from '@hub/contracts';
import { checkQuery, ContractBodyPipe, cursorRefused, decodeCursor, encodeCursor, notFound, uuidParam } from '@hub/http';
import { OrderRepository } from '../orders/order.repository';
import { DeliverableRepository, KeptDeliverable } from './deliverable.repository';
import { ReviewDeliverable } from './usecases/review-deliverable.usecase';

const DEFAULT_PAGE_SIZE = 100;
/** Cursors name the last deliverable of a page by its seq: an order's deliverables are only ever appended. */
const CURSOR_KIND = 'dl1';
const SEQ = /^[0-9]{1,18}$/;

/** The view people and partners read: what core keeps, without its bookkeeping. */
const viewOf = ({ seq: _seq, caseId: _caseId, ...view }: KeptDeliverable): DeliverableViewV1 => view;

/** What partners delivered on an order (documents, alerts, figures, certificates, evidence), and the coordinator's reviews. */
@Controller('orders/:orderId/deliverables')
export class DeliverablesController {
  constructor(
    private readonly deliverables: DeliverableRepository,
    private readonly orders: OrderRepository,
    private readonly review: ReviewDeliverable,
    private readonly dataSource: DataSource,
  ) {}

  /** A page at a time, in the order core received them; a partner reads only its own orders' (another's answers 404). */
  @Get()
  @Callers('partner', ...CASE_READERS)
  async page(@Param('orderId', uuidParam('orderId')) orderId: string, @Query() query: unknown, @CallerContext() { actor }: ActorContext): Promise<DeliverablePageV1> {
    const q = checkQuery<DeliverableQueryV1>('http/core/deliverable-query.v1', query, 500);
    const afterSeq = q.cursor === undefined ? undefined : decodeCursor(CURSOR_KIND, q.cursor, [SEQ])?.[0];
    if (afterSeq === undefined && q.cursor !== undefined) throw cursorRefused();
    const tx = this.dataSource.manager;
    const order = await this.orders.findVisibleTo(tx, orderId, partnerScope(actor));
    if (!order) throw notFound('Order', orderId);
    const limit = q.limit === undefined ? DEFAULT_PAGE_SIZE : Number(q.limit);
    // One more than asked tells whether another page follows.
    const rows = await this.deliverables.page(tx, order.id, { kind: q.kind, attention: q.attention }, afterSeq, limit + 1);
    const page = rows.slice(0, limit);
    return {
      orderId: order.id,
      deliverables: page.map(viewOf),
      nextCursor: rows.length > limit ? encodeCursor(CURSOR_KIND, [page[page.length - 1].seq]) : null,
    };
  }

  @Post(':deliverableId/review')
  @HttpCode(200)
  @Callers('coordinator')
  async reviewOne(
    @Param('orderId', uuidParam('orderId')) orderId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Body(new ContractBodyPipe('http/core/review-deliverable.v1')) body: ReviewDeliverableRequestV1,
    @CallerContext() context: ActorContext,
  ): Promise<DeliverableViewV1> {
    return viewOf((await this.review.execute({ orderId, deliverableId, decision: body.decision, comment: body.comment, ...context })) as KeptDeliverable);
  }
}
