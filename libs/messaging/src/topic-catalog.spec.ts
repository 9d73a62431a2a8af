import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTRACTS_DIR } from '@hub/contracts';
import { catalogTopics, TOPIC_NAME_PATTERN } from './topic-catalog';

describe('topic catalog', () => {
  it('names every topic hub.<entity>.<event>.v<N>, with its version matching the schema version', () => {
    for (const topic of catalogTopics()) {
      expect(topic.name).toMatch(TOPIC_NAME_PATTERN);
      expect(topic.name.endsWith(`.v${topic.schemaVersion}`)).toBe(true);
      expect(topic.payloadSchema.endsWith(`.v${topic.schemaVersion}`)).toBe(true);
      expect(topic.deadLetterTopic).toBe(`${topic.name}.dlq`);
    }
  });

  it('has no two topics with one name', () => {
    const names = catalogTopics().map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is the same set of topics the newest AsyncAPI document publishes, dead-letter topics included', () => {
    const newest = readdirSync(CONTRACTS_DIR)
      .filter((f) => /^asyncapi(\.v\d+)?\.yaml$/.test(f))
      .sort((a, b) => Number(/\.v(\d+)\./.exec(a)?.[1] ?? 1) - Number(/\.v(\d+)\./.exec(b)?.[1] ?? 1))
      .pop() as string;
    const asyncApi = parse(readFileSync(join(CONTRACTS_DIR, newest), 'utf8')) as { channels: Record<string, { address: string }> };
    const documented = Object.values(asyncApi.channels).map((c) => c.address).sort();
    const inCode = catalogTopics().flatMap((t) => [t.name, t.deadLetterTopic]).sort();
    expect(documented).toEqual(inCode);
  });
});
