import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeadLetterRepository } from '@hub/messaging';
import { ReplayDeadLetter } from './replay-dead-letter.usecase';

/** A recovery replays at most this many dead letters per request (each in a transaction of its own); `more` says when to ask again. */
export const RECOVERY_BATCH = 1_000;

export interface RecoverDeadLettersCommand {
  partnerId: string;
  since: Date;
  topic?: string;
  requestedBy: string;
}

export interface RecoveryResult {
  matched: number;
  replayedIds: string[];
  alreadyReplayed: number;
  refused: { deadLetterId: string; reason: string }[];
  more: boolean;
}

/**
 * "Recover" after a partner's outage: replays every open dead letter of the partner that failed since a time,
 * oldest first, each exactly as a single replay would (ReplayDeadLetter, one transaction each). The letters are
 * chosen once, when the recovery starts, so a replayed message that fails again — a new open dead letter — is not
 * replayed again by the same request. Run twice, the second run finds nothing open from the first.
 */
@Injectable()
export class RecoverDeadLetters {
  private readonly logger = new Logger(RecoverDeadLetters.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterRepository,
    private readonly replay: ReplayDeadLetter,
  ) {}

  async execute(command: RecoverDeadLettersCommand): Promise<RecoveryResult> {
    const chosen = await this.deadLetters.openOfPartnerSince(this.dataSource.manager, command.partnerId, command.since, command.topic, RECOVERY_BATCH + 1);
    const ids = chosen.slice(0, RECOVERY_BATCH);
    const result: RecoveryResult = { matched: ids.length, replayedIds: [], alreadyReplayed: 0, refused: [], more: chosen.length > RECOVERY_BATCH };
    for (const deadLetterId of ids) {
      const outcome = await this.replay.execute({ deadLetterId, requestedBy: command.requestedBy });
      if (outcome.kind === 'replayed') result.replayedIds.push(deadLetterId);
      else if (outcome.kind === 'not_replayable') result.refused.push({ deadLetterId, reason: outcome.reason });
      // Dead letters are never deleted, so not_found cannot happen; count it with those someone else replayed.
      else result.alreadyReplayed += 1;
    }
    this.logger.log(
      `${command.requestedBy} recovered ${command.partnerId} since ${command.since.toISOString()}${command.topic ? ` on ${command.topic}` : ''}: ` +
        `${result.replayedIds.length} of ${result.matched} replayed, ${result.refused.length} not replayable`,
    );
    return result;
  }
}
