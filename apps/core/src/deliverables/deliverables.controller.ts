import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, CallerContext, Callers, CASE_READERS, partnerScope } from '@hub/auth';
import { contractValidator, type DeliverablePageV1, type DeliverableQueryV1, type DeliverableViewV1, describeIssues, type ReviewDeliverableRequestV1 } from '@hub/contracts';
import { ContractBodyPipe, invalidInput, notFound, uuidParam } from '@hub/http';
import { OrderRepository } from '../orders/order.repository';
import { DeliverableRepository, KeptDeliverable } from './deliverable.repository';
import { ReviewDeliverable } from './usecases/review-deliverable.usecase';

const DEFAULT_PAGE_SIZE = 100;
const CURSOR_PREFIX = 'dl1:';

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
    const check = contractValidator().validate('http/core/deliverable-query.v1', query ?? {});
    if (!check.ok) throw invalidInput(`Query is invalid: ${describeIssues(check.issues)}`, check.issues);
    const q: DeliverableQueryV1 = check.value;
    const afterSeq = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (afterSeq === null) throw invalidInput('cursor is not one this API returned', [{ field: 'cursor', reason: 'must be a nextCursor this API returned' }]);
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
      nextCursor: rows.length > limit ? Buffer.from(`${CURSOR_PREFIX}${page[page.length - 1].seq}`).toString('base64url') : null,
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

/** The seq a cursor points after; null when it is not a cursor this API made. */
function decodeCursor(cursor: string): string | null {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const seq = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  return /^[0-9]{1,18}$/.test(seq) ? seq : null;
}
