import { Client } from 'pg';
import { runMigrations } from '@hub/persistence';
import { eventually, testEnv } from '@hub/testing';
import { type RunningHub, startHub } from '../support/running-hub';

/**
 * The database out of reach is not the caller's fault nor a bug: 503 with Retry-After, then service again by itself once
 * it is back. Core runs on a database of its own here, so closing it to connections touches no other test.
 */
describe('a database outage', () => {
  const url = new URL(testEnv.databaseUrl);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_outage`;
  const outageUrl = Object.assign(new URL(testEnv.databaseUrl), { pathname: `/${name}` }).toString();
  const maintenance = new Client({ connectionString: Object.assign(new URL(testEnv.databaseUrl), { pathname: '/postgres' }).toString() });
  let hub: RunningHub;

  const allowConnections = (allow: boolean) => maintenance.query(`ALTER DATABASE ${maintenance.escapeIdentifier(name)} ALLOW_CONNECTIONS ${allow}`);

  beforeAll(async () => {
    await maintenance.connect();
    await maintenance.query(`DROP DATABASE IF EXISTS ${maintenance.escapeIdentifier(name)} WITH (FORCE)`);
    await maintenance.query(`CREATE DATABASE ${maintenance.escapeIdentifier(name)}`);
    await runMigrations(outageUrl);
    hub = await startHub({ apps: ['core'], databaseUrl: outageUrl });
  });

  afterAll(async () => {
    await allowConnections(true).catch(() => undefined);
    await hub?.stop();
    await maintenance.query(`DROP DATABASE IF EXISTS ${maintenance.escapeIdentifier(name)} WITH (FORCE)`);
    await maintenance.end();
  });

  it('answers 503 with Retry-After while the database refuses connections, and serves again once it is back', async () => {
    await hub.as.claims.get('/policies/CL-NOT-THERE').expect(404);
    await allowConnections(false);
    await maintenance.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);

    const during = await eventually(async () => {
      const response = await hub.as.claims.get('/policies/CL-NOT-THERE');
      return response.status === 503 ? response : undefined;
    }, { what: 'a 503 while the database is closed', timeoutMs: 20_000 });
    expect(during.headers['retry-after']).toBe('5');
    expect(during.body).toEqual({ statusCode: 503, error: 'service_unavailable', message: expect.stringContaining('retry') });
    expect(JSON.stringify(during.body)).not.toMatch(/ALLOW_CONNECTIONS|pg_|terminat/i);

    await allowConnections(true);
    await eventually(async () => (await hub.as.claims.get('/policies/CL-NOT-THERE')).status === 404, { what: 'service again', timeoutMs: 30_000 });
  });
});
