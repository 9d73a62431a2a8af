import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel, CallerContext, Callers } from '@hub/auth';
import type { DeadLetterListV1, DeadLetterReplayV1, DeadLetterViewV1, RecoverDeadLettersRequestV2, RecoveryV1, ReplayDeadLetterRequestV2 } from '@hub/contracts';
import { conflict, ContractBodyPipe, cursorRefused, invalidInput, notFound, uuidParam } from '@hub/http';
import { catalogTopics, DeadLetterRepository, findTopic } from '@hub/messaging';
import { encodeCursor } from './dead-letter-cursor';
import { parseDeadLetterQuery } from './dead-letter-query';
import { deadLetterSummary, deadLetterView } from './dead-letter-view';
import { RecoverDeadLetters, ReplayDeadLetter } from './usecases';

/**
 * Dead letters of every app and topic, for the people who run the hub: listed with their error, read with the
 * original message, replayed one by one or all of one partner since a time. Operators act; auditors read.
 */
@Controller('dead-letters')
export class DeadLettersController {
  constructor(
    private readonly replayDeadLetter: ReplayDeadLetter,
    private readonly recoverDeadLetters: RecoverDeadLetters,
    private readonly deadLetters: DeadLetterRepository,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Callers('operator', 'auditor')
  async list(@Query() query: unknown): Promise<DeadLetterListV1> {
    const { filter, limit, afterId } = parseDeadLetterQuery(query);
    const tx = this.dataSource.manager;
    if (afterId && !(await this.deadLetters.find(tx, afterId))) {
      throw cursorRefused();
    }
    // One more than asked tells whether another page follows, so the last page says so rather than an empty one.
    const letters = await this.deadLetters.list(tx, filter, { afterId, limit: limit + 1 });
    const page = letters.slice(0, limit);
    return { deadLetters: page.map(deadLetterSummary), nextCursor: letters.length > limit ? encodeCursor(page[page.length - 1].id) : null };
  }

  @Get(':deadLetterId')
  @Callers('operator', 'auditor')
  async get(@Param('deadLetterId', uuidParam('deadLetterId')) deadLetterId: string): Promise<DeadLetterViewV1> {
    const letter = await this.deadLetters.find(this.dataSource.manager, deadLetterId);
    if (!letter) throw notFound('Dead letter', deadLetterId);
    return deadLetterView(letter);
  }

  /**
   * A second request for a letter already replayed answers 200 with replayed: false and changes nothing, rather
   * than 409: a client that lost the first answer and asks again has what it wanted, and recovery counts such
   * letters the same way. 409 is kept for a letter that can never be replayed.
   */
  @Post(':deadLetterId/replay')
  @HttpCode(200)
  @Callers('operator')
  async replay(
    @Param('deadLetterId', uuidParam('deadLetterId')) deadLetterId: string,
    @Body(new ContractBodyPipe('http/core/replay-dead-letter.v2')) _body: ReplayDeadLetterRequestV2,
    @CallerContext() { actor }: ActorContext,
  ): Promise<DeadLetterReplayV1> {
    const outcome = await this.replayDeadLetter.execute({ deadLetterId, requestedBy: actorLabel(actor) });
    if (outcome.kind === 'not_found') throw notFound('Dead letter', deadLetterId);
    if (outcome.kind === 'not_replayable') throw conflict('dead_letter_not_replayable', `Dead letter ${deadLetterId} cannot be replayed: ${outcome.reason}`);
    return { replayed: outcome.kind === 'replayed', deadLetter: deadLetterView(outcome.deadLetter) };
  }

  @Post('recover')
  @HttpCode(200)
  @Callers('operator')
  async recover(@Body(new ContractBodyPipe('http/core/recover-dead-letters.v2')) body: RecoverDeadLettersRequestV2, @CallerContext() { actor }: ActorContext): Promise<RecoveryV1> {
    const requestedBy = actorLabel(actor);
    if (body.topic !== undefined && !findTopic(body.topic)) {
      const known = catalogTopics().map((t) => t.name).join(', ');
      throw invalidInput(`topic ${body.topic} is not in the topic catalog`, [{ field: 'topic', reason: `must be one of: ${known}` }]);
    }
    const since = new Date(body.since);
    const result = await this.recoverDeadLetters.execute({ partnerId: body.partnerId, since, topic: body.topic, requestedBy });
    return {
      partnerId: body.partnerId,
      since: since.toISOString(),
      topic: body.topic ?? null,
      requestedBy,
      matched: result.matched,
      replayed: result.replayedIds.length,
      alreadyReplayed: result.alreadyReplayed,
      notReplayable: result.refused.length,
      replayedIds: result.replayedIds,
      refused: result.refused,
      more: result.more,
    };
  }
}
