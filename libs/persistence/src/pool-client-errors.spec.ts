import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Pool, type PoolConfig } from 'pg';
import { postgresOptions } from './data-source-options';

/** One backend message of the PostgreSQL wire protocol: its type byte, its length, its body. */
const message = (type: string, body: Buffer) => {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
};
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const fields = (pairs: [string, string][]) => Buffer.concat([...pairs.map(([k, v]) => Buffer.from(`${k}${v}\0`, 'utf8')), Buffer.from([0])]);

/**
 * A server that lets a connection in and terminates it at once, in the same packet — as pg_terminate_backend does to a
 * connection that has just started when the backend is told to end right after its ReadyForQuery (a failover, a kill).
 */
function backendKilledOnArrival(): Promise<Server> {
  const server = createServer((socket: Socket) => {
    socket.once('data', () => {
      socket.end(
        Buffer.concat([
          message('R', int32(0)), // AuthenticationOk
          message('Z', Buffer.from('I')), // ReadyForQuery
          message('E', fields([['S', 'FATAL'], ['V', 'FATAL'], ['C', '57P01'], ['M', 'terminating connection due to administrator command']])),
        ]),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the pool the apps connect through', () => {
  it('survives a connection terminated in the same packet that made it ready (no unhandled error event)', async () => {
    const server = await backendKilledOnArrival();
    const url = `postgres://hub@127.0.0.1:${(server.address() as AddressInfo).port}/hub_test`;
    const { extra } = postgresOptions(url) as { extra?: PoolConfig };
    // What TypeORM builds its pool from: the options' `extra`, laid over the connection settings.
    const pool = new Pool({ connectionString: url, max: 1, ...extra });
    const poolErrors: Error[] = [];
    pool.on('error', (error) => poolErrors.push(error));
    try {
      const client = await pool.connect();
      // The connection is dead, and says so: a query on it fails (the apps answer 503), nothing is thrown at the process.
      await expect(client.query('SELECT 1')).rejects.toThrow(/not queryable|terminat/i);
      client.release(true);
      expect(poolErrors.map((e) => (e as Error & { code?: string }).code)).toEqual(['57P01']);
    } finally {
      await pool.end();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
