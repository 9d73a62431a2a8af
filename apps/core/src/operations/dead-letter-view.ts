import type { DeadLetterSummaryV1, DeadLetterViewV1 } from '@hub/contracts';
import { DeadLetter } from '@hub/messaging';

/** A dead letter as the list shows it: everything but the original message, which can be large. */
export function deadLetterSummary(letter: DeadLetter): DeadLetterSummaryV1 {
  return {
    id: letter.id,
    state: letter.state,
    consumerGroup: letter.consumerGroup,
    appName: letter.appName,
    sourceTopic: letter.sourceTopic,
    sourcePartition: letter.sourcePartition,
    sourceOffset: letter.sourceOffset,
    eventKey: letter.eventKey,
    eventId: letter.eventId,
    caseId: letter.caseId,
    partnerId: letter.partnerId,
    error: letter.error,
    attempts: letter.attempts,
    failedAt: letter.failedAt.toISOString(),
    replayedAt: letter.replayedAt?.toISOString() ?? null,
    replayedBy: letter.replayedBy,
    replayCount: letter.replayCount,
  };
}

export function deadLetterView(letter: DeadLetter): DeadLetterViewV1 {
  return {
    ...deadLetterSummary(letter),
    original: { key: letter.originalKey, value: letter.originalValue, headers: letter.originalHeaders },
  };
}
