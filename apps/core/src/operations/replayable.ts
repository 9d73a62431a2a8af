import { DeadLetter, findTopic } from '@hub/messaging';

/**
 * Why a dead letter cannot be replayed, or null when it can. A replay publishes the original message again through
 * the outbox, whose values are JSON: a value that is not JSON could only go out altered. And a topic no longer in
 * the catalog has no consumer that would read it; publishing there helps no one.
 */
export function replayRefusal(letter: Pick<DeadLetter, 'sourceTopic' | 'originalValue'>): string | null {
  if (!findTopic(letter.sourceTopic)) return `its topic ${letter.sourceTopic} is not in the topic catalog, so no consumer would read it`;
  try {
    JSON.parse(letter.originalValue);
  } catch {
    return 'its original value is not JSON, so it cannot be published again as it was';
  }
  return null;
}
