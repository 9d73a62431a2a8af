import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendRawToOutbox, DeadLetter, DeadLetterRepository } from '@hub/messaging';
import { OPERATIONS_SETTINGS, OperationsSettings } from '../operations-settings';
import { replayRefusal } from '../replayable';

export interface ReplayDeadLetterCommand {
  deadLetterId: string;
  requestedBy: string;
}

export type ReplayOutcome =
  | { kind: 'replayed'; deadLetter: DeadLetter }
  | { kind: 'already_replayed'; deadLetter: DeadLetter }
  | { kind: 'not_replayable'; deadLetter: DeadLetter; reason: string }
  | { kind: 'not_found' };

/**
 * Re-delivers a dead letter's original message to the consumer group that failed it, once. In one transaction: the
 * letter moves from open to replayed (only if it is open, so a second request finds nothing to do), the group's
 * marks for the message are lifted, and the original message — same key, headers, value and event id — goes to the
 * outbox for its source topic, which core's relay publishes. Every other group still holds its processed mark and
 * skips the message; the failing group handles it as new. Should it fail again, it is a new dead letter.
 */
@Injectable()
export class ReplayDeadLetter {
  private readonly logger = new Logger(ReplayDeadLetter.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterRepository,
    @Inject(OPERATIONS_SETTINGS) private readonly settings: OperationsSettings,
  ) {}

  execute(command: ReplayDeadLetterCommand): Promise<ReplayOutcome> {
    return this.dataSource.transaction(async (tx): Promise<ReplayOutcome> => {
      // Locked first, so two replays of one letter queue here and the second sees it replayed.
      const letter = await this.deadLetters.findForUpdate(tx, command.deadLetterId);
      if (!letter) return { kind: 'not_found' };
      if (letter.state !== 'open') return { kind: 'already_replayed', deadLetter: letter };
      const refusal = replayRefusal(letter);
      if (refusal) return { kind: 'not_replayable', deadLetter: letter, reason: refusal };
      const replayed = await this.deadLetters.markReplayed(tx, letter.id, command.requestedBy);
      if (!replayed) return { kind: 'already_replayed', deadLetter: letter };
      await this.deadLetters.forgetProcessedMarks(tx, letter);
      await appendRawToOutbox(tx, this.settings.outboxSourceApp, {
        topic: letter.sourceTopic,
        key: letter.originalKey,
        // The outbox knows each row by a unique id; the message itself keeps its own event id (value and headers).
        eventId: `replay:${letter.id}`,
        headers: letter.originalHeaders,
        value: JSON.parse(letter.originalValue),
      });
      this.logger.log(`${command.requestedBy} replayed dead letter ${letter.id} (${letter.sourceTopic} ${letter.eventKey}) to ${letter.consumerGroup}`);
      return { kind: 'replayed', deadLetter: replayed };
    });
  }
}
