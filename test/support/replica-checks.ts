import type { Pool } from 'pg';
import type { TopicDefinition } from '@hub/messaging';
import type { LacSystem } from '@apps/partner-sim/src/lac/lac-system';
import type { PrapDesk } from '@apps/adapter-prap/sim/prap-desk';
import type { HttpRelay, RelayedExchange } from './http-relay';

type PartnerId = 'lac' | 'prap';

export interface LoadedOrder {
  orderId: string;
  caseId: string;
  partnerId: PartnerId;
  /** The order's place among its case's orders to the same partner (1, 2), as issued. */
  sequence: number;
}

interface Issued extends LoadedOrder {
  issuedAt: Date;
}

export interface ReplicaCheckSettings {
  /** Outbox rows above this id are the run's. */
  outboxAfter: number;
  /** The run's consumer groups and the topics each consumes. */
  groups: { group: string; topics: TopicDefinition[] }[];
  /** How many status reports each partner's simulator sends on every order (its opening script). */
  scriptedReports: Record<PartnerId, number>;
  lac: LacSystem;
  prap: PrapDesk;
  /** Every send to each partner, through one gateway per adapter replica. */
  gateways: Record<PartnerId, HttpRelay[]>;
  orderPath(partnerId: PartnerId): string;
}

const ok = (status: number | null | undefined) => status !== null && status !== undefined && status >= 200 && status < 300;

/**
 * What the replicas test reads back from the database, the simulator and the partner gateways: whether the run has drained,
 * and each invariant as a list of violations (empty when it holds), so a failure names the orders it concerns.
 */
export function replicaChecks(db: Pool, settings: ReplicaCheckSettings) {
  const { lac, prap, gateways } = settings;
  const orderIdOf = (partnerId: PartnerId, exchange: RelayedExchange): string | undefined => {
    try {
      const body = JSON.parse(exchange.body.toString('utf8')) as { engagement_id?: string; ankenId?: string };
      return partnerId === 'lac' ? body.engagement_id : body.ankenId;
    } catch {
      return undefined;
    }
  };
  /** Every send of the order to its partner, by either adapter replica, oldest first. */
  const sendsOf = (order: LoadedOrder): RelayedExchange[] =>
    gateways[order.partnerId]
      .flatMap((gateway) => gateway.exchanges)
      .filter((e) => e.method === 'POST' && e.path === settings.orderPath(order.partnerId) && orderIdOf(order.partnerId, e) === order.orderId)
      .sort((a, b) => a.startedAtMs - b.startedAtMs);
  /** How many of the partner's scripted steps reached the hub (a 2xx): LAC's status callbacks; PRAP's reports and drafts. */
  const stepsReached = (order: LoadedOrder): number =>
    order.partnerId === 'lac'
      ? (lac.find(order.orderId)?.callbacks.filter((c) => ok(c.httpStatus)).length ?? 0)
      : (prap.find(order.orderId)?.sent.filter((s) => ok(s.status)).length ?? 0);
  const stepsScripted = (partnerId: PartnerId) => (partnerId === 'lac' ? settings.scriptedReports.lac : settings.scriptedReports.prap + 1);

  async function issuedOrders(cases: string[]): Promise<Issued[]> {
    const rows: { id: string; case_id: string; partner_id: PartnerId; issued_at: Date }[] = (
      await db.query('SELECT id::text, case_id::text, partner_id, issued_at FROM orders WHERE case_id = ANY($1::uuid[]) ORDER BY issued_at, id', [cases])
    ).rows;
    const seen = new Map<string, number>();
    return rows.map((r) => {
      const key = `${r.case_id}:${r.partner_id}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return { orderId: r.id, caseId: r.case_id, partnerId: r.partner_id, sequence: seen.get(key) as number, issuedAt: r.issued_at };
    });
  }

  async function unpublishedOutbox(): Promise<number> {
    return (await db.query('SELECT count(*)::int AS n FROM outbox_messages WHERE id > $1 AND published_at IS NULL', [settings.outboxAfter])).rows[0].n as number;
  }

  /** Per group: the run's events on the topics it consumes that it has not processed (once, by the primary key), or did not handle. */
  async function eventsProcessedOncePerGroup(): Promise<string[]> {
    const problems: string[] = [];
    for (const { group, topics } of settings.groups) {
      const rows: { topic: string; event_id: string; outcome: string | null }[] = (
        await db.query(
          `SELECT o.topic, o.event_id, p.outcome FROM outbox_messages o
             LEFT JOIN processed_events p ON p.consumer_group = $2 AND p.event_key = o.event_id
            WHERE o.id > $1 AND o.topic = ANY($3::text[]) AND (p.outcome IS NULL OR p.outcome <> 'handled')`,
          [settings.outboxAfter, group, topics.map((t) => t.name)],
        )
      ).rows;
      problems.push(...rows.map((r) => `${group}: ${r.topic} ${r.event_id} ${r.outcome ?? 'not processed'}`));
    }
    return problems;
  }

  /** What keeps the run from having drained; empty once it has. */
  async function progress(cases: string[]): Promise<{ orders: Issued[]; left: string[] }> {
    const orders = await issuedOrders(cases);
    const left: string[] = [];
    const undelivered: { n: number }[] = (
      await db.query(`SELECT count(*)::int AS n FROM partner_deliveries WHERE order_id = ANY($1::uuid[]) AND kind = 'order' AND status = 'delivered'`, [orders.map((o) => o.orderId)])
    ).rows;
    if (undelivered[0].n < orders.length) left.push(`${orders.length - undelivered[0].n} of ${orders.length} orders not delivered`);
    const unfinished = orders.filter((o) => stepsReached(o) < stepsScripted(o.partnerId));
    if (unfinished.length > 0) left.push(`${unfinished.length} partner scripts unfinished (e.g. ${unfinished[0].partnerId} ${unfinished[0].orderId}: ${stepsReached(unfinished[0])} steps)`);
    const pending = await unpublishedOutbox();
    if (pending > 0) left.push(`${pending} outbox rows unpublished`);
    const unprocessed = await eventsProcessedOncePerGroup();
    if (unprocessed.length > 0) left.push(`${unprocessed.length} events not yet processed by a group (e.g. ${unprocessed[0]})`);
    return { orders, left };
  }

  return {
    orderIdOf,
    unpublishedOutbox,
    eventsProcessedOncePerGroup,

    /** The run's orders, and how many status entries they have on the timeline, once it has drained; undefined before. */
    async drained(cases: string[]) {
      const { orders, left } = await progress(cases);
      if (left.length > 0) return undefined;
      const counts = (
        await db.query(
          `SELECT count(*) FILTER (WHERE kind <> 'order_issued' AND actor LIKE 'partner:%')::int AS entries,
                  count(*) FILTER (WHERE kind = 'partner_acknowledged_late')::int AS late_acks
             FROM case_timeline WHERE order_id = ANY($1::uuid[])`,
          [orders.map((o) => o.orderId)],
        )
      ).rows[0] as { entries: number; late_acks: number };
      return { orders, timelineEntries: counts.entries, lateAcks: counts.late_acks };
    },

    async whatIsLeft(cases: string[]): Promise<string> {
      return (await progress(cases)).left.join('; ');
    },

    /** One delivery per order, delivered, with exactly one successful attempt on record. */
    async deliveredOncePerOrder(orders: LoadedOrder[]): Promise<string[]> {
      const rows: { order_id: string; deliveries: number; status: string; delivered_attempts: number }[] = (
        await db.query(
          `SELECT d.order_id::text, count(*) OVER (PARTITION BY d.order_id)::int AS deliveries, d.status,
                  (SELECT count(*) FROM delivery_attempts a WHERE a.delivery_id = d.id AND a.outcome = 'delivered')::int AS delivered_attempts
             FROM partner_deliveries d WHERE d.order_id = ANY($1::uuid[]) AND d.kind = 'order'`,
          [orders.map((o) => o.orderId)],
        )
      ).rows;
      const byOrder = new Map(rows.map((r) => [r.order_id, r]));
      return orders.flatMap((o) => {
        const r = byOrder.get(o.orderId);
        if (!r) return [`${o.partnerId} ${o.orderId}: no delivery`];
        return r.deliveries === 1 && r.status === 'delivered' && r.delivered_attempts === 1
          ? []
          : [`${o.partnerId} ${o.orderId}: ${r.deliveries} deliveries, ${r.status}, ${r.delivered_attempts} delivered attempts`];
      });
    },

    /**
     * At the partner: every order arrived, it is one delivery (one webhook-id) however often it was sent, never sent by two
     * replicas at once, and sent again only when the replica that sent it died before the partner's answer reached it.
     * The partner's own record has it once.
     */
    sentToPartnerOnce(orders: LoadedOrder[]): string[] {
      return orders.flatMap((o) => {
        const sends = sendsOf(o);
        const problems: string[] = [];
        if (sends.length === 0) problems.push('never sent');
        if (new Set(sends.map((s) => s.headers['webhook-id'])).size > 1) problems.push('sent under different webhook-ids');
        sends.slice(1).forEach((s, i) => {
          const before = sends[i];
          if ((before.endedAtMs ?? Infinity) > s.startedAtMs) problems.push('sent again while an earlier send was under way');
          if (!before.callerGone) problems.push('sent again although the earlier send was answered');
        });
        const last = sends.at(-1);
        if (last && (last.callerGone || !ok(last.status))) problems.push(`last send ${last.callerGone ? 'lost its sender' : `answered ${last.status}`}`);
        const atPartner = o.partnerId === 'lac' ? lac.list().filter((e) => e.request.engagement_id === o.orderId).length : prap.list().filter((a) => a.order.ankenId === o.orderId).length;
        if (atPartner !== 1) problems.push(`${atPartner} at the partner`);
        return problems.map((p) => `${o.partnerId} ${o.orderId}: ${p}`);
      });
    },

    /** The orders that reached their partner more than once (a replica died mid-send). */
    resentOrders(orders: LoadedOrder[]): string[] {
      return orders.filter((o) => sendsOf(o).length > 1).map((o) => o.orderId);
    },

    /** Each case's LAC orders reach LAC in the order they were issued: the next is sent only after the one before was answered. */
    perCaseOrderAtLac(orders: LoadedOrder[]): string[] {
      const byCase = new Map<string, LoadedOrder[]>();
      for (const o of orders.filter((x) => x.partnerId === 'lac')) byCase.set(o.caseId, [...(byCase.get(o.caseId) ?? []), o]);
      return [...byCase.values()].flatMap((caseOrders) =>
        caseOrders.slice(1).flatMap((later, i) => {
          const earlier = caseOrders[i];
          const earlierDone = Math.max(...sendsOf(earlier).map((s) => s.endedAtMs ?? Infinity));
          const laterFirst = sendsOf(later)[0]?.startedAtMs ?? -Infinity;
          const tickets = [lac.find(earlier.orderId)?.ticket ?? '', lac.find(later.orderId)?.ticket ?? ''];
          return laterFirst >= earlierDone && tickets[0] < tickets[1] ? [] : [`case ${later.caseId}: LAC order ${later.sequence} (${tickets[1]}) went before order ${earlier.sequence} (${tickets[0]}) was delivered`];
        }),
      );
    },

    /**
     * On core's timeline, per order: the order issued once; the adapter's acknowledgement once (placed late only when the
     * partner's own reports overtook it); and every status the partner reported (each callback the adapter accepted) once,
     * as a status change, in the order the partner sent them — none placed as late, none twice.
     */
    async timelineOncePerStatusInOrder(orders: LoadedOrder[]): Promise<string[]> {
      const ids = orders.map((o) => o.orderId);
      const entries: { order_id: string; kind: string; to_status: string | null; actor: string; event_id: string | null }[] = (
        await db.query('SELECT order_id::text, kind, to_status, actor, event_id FROM case_timeline WHERE order_id = ANY($1::uuid[]) ORDER BY id', [ids])
      ).rows;
      const reports: { order_id: string; event_id: string }[] = (
        await db.query(
          `SELECT order_id::text, event_id FROM inbound_webhooks
            WHERE order_id = ANY($1::uuid[]) AND kind = 'status' AND outcome = 'accepted' ORDER BY reported_at, received_at`,
          [ids],
        )
      ).rows;
      return orders.flatMap((o) => {
        const mine = entries.filter((e) => e.order_id === o.orderId);
        const reported = reports.filter((r) => r.order_id === o.orderId).map((r) => r.event_id);
        const problems: string[] = [];
        if (mine.filter((e) => e.kind === 'order_issued').length !== 1) problems.push('order_issued not once');
        if (reported.length !== settings.scriptedReports[o.partnerId]) problems.push(`${reported.length} reports accepted by the adapter, ${settings.scriptedReports[o.partnerId]} sent`);
        const placed = mine.filter((e) => e.event_id !== null && reported.includes(e.event_id));
        if (placed.map((e) => e.event_id).join() !== reported.join()) problems.push(`reports on the timeline ${placed.length}, in another order or count than sent (${reported.length})`);
        const notAdvanced = placed.filter((e) => e.kind !== 'order_status_changed');
        if (notAdvanced.length > 0) problems.push(`reports placed as ${notAdvanced.map((e) => e.kind).join(', ')}`);
        const acks = mine.filter((e) => e.actor === `partner:${o.partnerId}` && (e.to_status === 'acknowledged' || e.kind === 'partner_acknowledged_late'));
        if (acks.length !== 1) problems.push(`${acks.length} acknowledgements`);
        return problems.map((p) => `${o.partnerId} ${o.orderId}: ${p}`);
      });
    },

    /** Dead letters of the run's consumer groups (none expected). */
    async deadLetters(): Promise<string[]> {
      const rows: { consumer_group: string; source_topic: string; error_name: string; error_message: string }[] = (
        await db.query(`SELECT consumer_group, source_topic, error_name, error_message FROM dead_letters WHERE consumer_group = ANY($1)`, [settings.groups.map((g) => g.group)])
      ).rows;
      return rows.map((r) => `${r.consumer_group} ${r.source_topic}: ${r.error_name} ${r.error_message.slice(0, 200)}`);
    },
  };
}
