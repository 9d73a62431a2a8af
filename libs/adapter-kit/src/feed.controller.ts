import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Query, RawBodyRequest, Req, Type } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Callers } from '@hub/auth';
import type { DeliveryFeedV2, FeedAcknowledgementResultV1, FeedAcknowledgementV1 } from '@hub/contracts';
import { conflict, ContractBodyPipe, invalidInput } from '@hub/http';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { DeliveryLifecycle } from './delivery-lifecycle';
import { DeliveryRepository } from './delivery.repository';
import { WebhookAuth } from './webhook-auth';

const MAX_WAIT_SECONDS = 30;

/**
 * For a partner without an endpoint: it pulls its deliveries from a cursor-paged feed (long poll: `wait` seconds for
 * something to arrive) and acknowledges what it took, under the prefix of the version it is pinned to. Signed like
 * its callbacks. An acknowledged delivery is recorded like a pushed one — an attempt on the same record, channel
 * poll — and has the same effect (the order's acknowledgement), once however often it is acknowledged.
 */
export function feedControllerFor(partnerId: string, version: number): Type<unknown> {
  const ackPipe = new ContractBodyPipe('http/adapter/feed-ack.v1');

  @Controller(`${partnerId}/v${version}/feed`)
  class PartnerFeedController {
    constructor(
      @Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings,
      @Inject(WebhookAuth) private readonly auth: WebhookAuth,
      @Inject(DeliveryRepository) private readonly deliveries: DeliveryRepository,
      @Inject(DeliveryLifecycle) private readonly lifecycle: DeliveryLifecycle,
      @Inject(DataSource) private readonly dataSource: DataSource,
    ) {}

    @Get()
    @Callers('partner')
    async page(
      @Headers() headers: Record<string, string | undefined>,
      @Query('after') after = '0',
      @Query('limit') limit = '50',
      @Query('wait') wait = '0',
    ): Promise<DeliveryFeedV2> {
      this.auth.verify(headers, Buffer.alloc(0));
      this.pollingOnly();
      const query = parseFeedQuery(after, limit, wait);
      const deadline = Date.now() + query.waitSeconds * 1000;
      for (;;) {
        const items = await this.dataSource.transaction((tx) => this.deliveries.feedPage(tx, partnerId, query.after, query.limit));
        const remaining = deadline - Date.now();
        if (items.length > 0 || remaining <= 0) {
          return {
            partnerId,
            items: items.map((d) => ({
              cursor: d.feedSeq,
              webhookId: d.webhookId,
              kind: d.kind,
              orderId: d.orderId,
              queuedAt: d.createdAt.toISOString(),
              payload: d.payload as DeliveryFeedV2['items'][number]['payload'],
            })),
            nextCursor: items.length === query.limit ? items[items.length - 1].feedSeq : null,
          };
        }
        await this.lifecycle.queuedSignal.pause(remaining);
      }
    }

    @Post('ack')
    @Callers('partner')
    @HttpCode(200)
    async acknowledge(
      @Req() request: RawBodyRequest<Request>,
      @Headers() headers: Record<string, string | undefined>,
      @Body() body: unknown,
    ): Promise<FeedAcknowledgementResultV1> {
      this.auth.verify(headers, request.rawBody);
      this.pollingOnly();
      const { webhookIds } = ackPipe.transform(body) as FeedAcknowledgementV1;
      const result: FeedAcknowledgementResultV1 = { acknowledged: [], alreadyAcknowledged: [], unknown: [] };
      for (const webhookId of webhookIds) {
        await this.dataSource.transaction(async (tx) => {
          const taken = await this.deliveries.takeAcknowledged(tx, partnerId, webhookId);
          if (!taken) return void result.unknown.push(webhookId);
          const { delivery, waitedMs } = taken;
          if (delivery.status !== 'pending') return void result.alreadyAcknowledged.push(webhookId);
          await this.deliveries.recordAttempt(tx, {
            deliveryId: delivery.id, partnerId, orderId: delivery.orderId, attemptNo: delivery.attempts, startedAt: new Date(Date.now() - waitedMs),
            durationMs: waitedMs, outcome: 'delivered', channel: 'poll',
          });
          await this.deliveries.markDelivered(tx, delivery.id);
          await this.lifecycle.delivered(tx, delivery);
          result.acknowledged.push(webhookId);
        });
      }
      return result;
    }

    /** A partner that takes pushes has no feed: pulling as well would deliver twice. */
    private pollingOnly(): void {
      if (this.settings.channel !== 'poll') throw conflict('feed_not_enabled', `${partnerId} takes pushes; its deliveries are not in a feed`);
    }
  }
  Object.defineProperty(PartnerFeedController, 'name', { value: `${partnerId}V${version}FeedController` });
  return PartnerFeedController;
}

function parseFeedQuery(after: string, limit: string, wait: string): { after: string; limit: number; waitSeconds: number } {
  const issues = [];
  if (!/^\d{1,19}$/.test(after)) issues.push({ field: 'after', reason: 'must be a cursor from the feed (digits)' });
  if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > 100) issues.push({ field: 'limit', reason: 'must be a whole number from 1 to 100' });
  if (!/^\d{1,2}$/.test(wait) || Number(wait) > MAX_WAIT_SECONDS) issues.push({ field: 'wait', reason: `must be a whole number of seconds from 0 to ${MAX_WAIT_SECONDS}` });
  if (issues.length > 0) throw invalidInput(`Feed query is invalid: ${issues.map((i) => `${i.field} ${i.reason}`).join('; ')}`, issues);
  return { after, limit: Number(limit), waitSeconds: Number(wait) };
}
