import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDemoEnvironment } from '@hub/config';
import { findPartner, PARTNERS } from '@hub/partners';
import type { AuthenticatedAppConfig } from './auth-config';

/**
 * One partner system's OAuth client. The hub keeps only the SHA-256 of the secret: secrets are long random strings the
 * hub hands out (not passwords), so a fast hash is enough and a leaked registration file gives nobody a secret.
 */
export interface PartnerClient {
  clientId: string;
  partnerId: string;
  secretSha256: string;
}

export const sha256Hex = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

/** The demo client of a partner: derivable from its id, so accepted in dev and test only. */
export function demoPartnerClient(partnerId: string): { clientId: string; clientSecret: string } {
  return { clientId: `${partnerId}-demo`, clientSecret: `demo-client-secret-${partnerId}` };
}

/**
 * The registered clients: PARTNER_CLIENTS (JSON) or PARTNER_CLIENTS_FILE, a list of {clientId, partnerId,
 * secretSha256}; in dev and test with neither, every directory partner's demo client. Fails at boot naming the
 * variable and the entry that is wrong.
 */
export function loadPartnerClients(config: AuthenticatedAppConfig): PartnerClient[] {
  const source = config.PARTNER_CLIENTS ? 'PARTNER_CLIENTS' : config.PARTNER_CLIENTS_FILE ? 'PARTNER_CLIENTS_FILE' : undefined;
  if (!source) {
    if (!isDemoEnvironment(config.HUB_ENV)) {
      throw new Error(`PARTNER_CLIENTS or PARTNER_CLIENTS_FILE must be set when HUB_ENV=${config.HUB_ENV} (demo clients are for dev and test)`);
    }
    return Object.keys(PARTNERS).map((partnerId) => {
      const demo = demoPartnerClient(partnerId);
      return { clientId: demo.clientId, partnerId, secretSha256: sha256Hex(demo.clientSecret) };
    });
  }
  const text = source === 'PARTNER_CLIENTS' ? config.PARTNER_CLIENTS : readFileSync(config.PARTNER_CLIENTS_FILE, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${source}: must be a JSON array of {clientId, partnerId, secretSha256}`);
  const clients = parsed.map((entry, index) => checkedClient(source, index, entry, config.HUB_ENV));
  const ids = new Set<string>();
  for (const client of clients) {
    if (ids.has(client.clientId)) throw new Error(`${source}: clientId ${client.clientId} is registered twice`);
    ids.add(client.clientId);
  }
  return clients;
}

function checkedClient(source: string, index: number, entry: unknown, hubEnv: string): PartnerClient {
  const { clientId, partnerId, secretSha256 } = (entry ?? {}) as Record<string, unknown>;
  const where = `${source}[${index}]`;
  if (typeof clientId !== 'string' || !/^[A-Za-z0-9._-]{3,64}$/.test(clientId)) throw new Error(`${where}.clientId: 3–64 letters, digits, dot, dash or underscore`);
  if (typeof partnerId !== 'string' || !findPartner(partnerId)) throw new Error(`${where}.partnerId: not a partner in the directory`);
  if (typeof secretSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(secretSha256)) throw new Error(`${where}.secretSha256: 64 lower-case hex digits`);
  if (!isDemoEnvironment(hubEnv) && secretSha256 === sha256Hex(demoPartnerClient(partnerId).clientSecret)) {
    throw new Error(`${where}: the demo secret of ${partnerId} is refused when HUB_ENV=${hubEnv}`);
  }
  return { clientId, partnerId, secretSha256 };
}

/** The client a secret authenticates, compared in constant time; undefined for an unknown client or a wrong secret. */
export function authenticateClient(clients: PartnerClient[], clientId: string, secret: string): PartnerClient | undefined {
  const client = clients.find((c) => c.clientId === clientId);
  const expected = Buffer.from(client?.secretSha256 ?? '0'.repeat(64), 'hex');
  const matches = timingSafeEqual(expected, Buffer.from(sha256Hex(secret), 'hex'));
  return client && matches ? client : undefined;
}
