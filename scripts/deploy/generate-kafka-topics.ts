/**
 * Writes deploy/base/kafka/topics.yaml (Strimzi KafkaTopic resources) from the topic catalog: `npm run deploy:topics`.
 * With --check it writes nothing and fails when the file differs from what it would write.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { kafkaTopicResources, kafkaTopicsYaml, TOPICS_FILE } from './kafka-topics';

const wanted = kafkaTopicsYaml();
const where = relative(process.cwd(), TOPICS_FILE);
const current = existsSync(TOPICS_FILE) ? readFileSync(TOPICS_FILE, 'utf8') : undefined;

if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error(`${where} is out of date with libs/messaging/src/topic-catalog.ts: run npm run deploy:topics`);
    process.exit(1);
  }
  console.log(`${where} is up to date`);
} else if (current === wanted) {
  console.log(`${where} is up to date (${kafkaTopicResources().length} topics)`);
} else {
  writeFileSync(TOPICS_FILE, wanted);
  console.log(`wrote ${where} (${kafkaTopicResources().length} topics)`);
}
