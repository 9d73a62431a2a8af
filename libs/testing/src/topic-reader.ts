import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';

export interface ReadMessage {
  key: string | null;
  value: string;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

/**
 * Reads a topic from the beginning with a throwaway consumer group and returns what matches, once
 * `until` is satisfied or the time is up (then whatever matched so far: absence is a valid result).
 */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  match: (m: ReadMessage) => boolean,
  { until = (found: ReadMessage[]) => found.length > 0, timeoutMs = 15_000 } = {},
): Promise<ReadMessage[]> {
  const consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  const found: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const read: ReadMessage = {
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? '',
          headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
          partition,
          offset: message.offset,
        };
        if (match(read)) found.push(read);
        if (until(found)) done();
      },
    });
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
    return found;
  } finally {
    await consumer.disconnect();
  }
}

/** Matches messages whose value mentions `text` (a case id or event id is unique enough). */
export const mentioning = (text: string) => (m: ReadMessage) => m.value.includes(text);
