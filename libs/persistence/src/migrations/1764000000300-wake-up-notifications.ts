import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay and the partner delivery worker the moment work is committed, instead of
 * making them poll the tables every few milliseconds. NOTIFY is transactional (delivered on commit, never
 * for a rollback) and PostgreSQL folds identical notifications in one transaction into one.
 */
export class WakeUpNotifications1764000000300 implements MigrationInterface {
  name = 'WakeUpNotifications1764000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('hub_outbox', NEW.source_app);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
      FOR EACH ROW EXECUTE FUNCTION notify_outbox()`);
    await q.query(`
      CREATE FUNCTION notify_partner_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('hub_partner_delivery', NEW.partner_id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER partner_deliveries_notify AFTER INSERT ON partner_deliveries
      FOR EACH ROW EXECUTE FUNCTION notify_partner_delivery()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER partner_deliveries_notify ON partner_deliveries');
    await q.query('DROP FUNCTION notify_partner_delivery()');
    await q.query('DROP TRIGGER outbox_messages_notify ON outbox_messages');
    await q.query('DROP FUNCTION notify_outbox()');
  }
}
