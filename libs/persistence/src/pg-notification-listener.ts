import { Logger } from '@nestjs/common';
import { Client } from 'pg';

type Handler = (payload: string) => void;

/**
 * One dedicated connection that LISTENs for PostgreSQL notifications and calls handlers by channel.
 * Notifications are only a wake-up hint: whoever listens still polls at a slow pace, so a dropped
 * connection (reconnected in the background) delays work but never loses it.
 */
export class PgNotificationListener {
  private readonly logger = new Logger(PgNotificationListener.name);
  private readonly handlers = new Map<string, Handler[]>();
  private client?: Client;
  private closed = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly applicationName: string,
  ) {}

  on(channel: string, handler: Handler): this {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
    return this;
  }

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: `${this.applicationName}-listener` });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', (error) => this.connectionLost(client, error));
    client.on('end', () => this.connectionLost(client));
    this.client = client;
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  private connectionLost(client: Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.scheduleReconnect(error);
  }

  private scheduleReconnect(error?: Error): void {
    if (this.closed || this.reconnectTimer) return;
    this.logger.warn(`notification listener lost its connection${error ? `: ${error.message}` : ''}; reconnecting`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.start().catch((e: Error) => this.scheduleReconnect(e));
    }, 1_000);
  }
}
