import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each delivery came from on Kafka (topic, partition, offset, key, value, headers), so that a
 * delivery the adapter gives up on can be dead-lettered as the original `order.issued` message and
 * replayed from there.
 */
export class DeliverySourceMessage1764000000400 implements MigrationInterface {
  name = 'DeliverySourceMessage1764000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE partner_deliveries ADD COLUMN source_message JSONB');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE partner_deliveries DROP COLUMN source_message');
  }
}
