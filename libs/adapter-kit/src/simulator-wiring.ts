import { IsNotEmpty, IsString, IsUrl, Matches } from 'class-validator';
import { demoPartnerClient } from '@hub/auth';
import { loadConfig } from '@hub/config';
import { AdapterDefinition, callbackPath } from './define-adapter';
import { demoWebhookSecret, WEBHOOK_SECRET_PATTERN } from './webhook-signature';

/** How a partner's simulator reaches the hub: its adapter, where it posts callbacks of each version, and the secret it signs with. */
export interface SimulatedPartnerSettings {
  partnerId: string;
  adapterUrl: string;
  callbackUrl(version: number): string;
  secret: string;
  /** The hub's token endpoint and the partner's OAuth client, for the bearer token every request carries. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

/**
 * A simulator's settings for one partner, from the adapter's definition: `<PREFIX>_ADAPTER_URL` (the adapter, whose
 * callback routes per version the kit names) and `<PREFIX>_WEBHOOK_SECRET` (the partner's demo secret), checked
 * like any config so a bad variable is named at boot.
 */
export function simulatedPartnerSettings(definition: AdapterDefinition, env: NodeJS.ProcessEnv = process.env): SimulatedPartnerSettings {
  const adapterUrl = `${definition.envPrefix}_ADAPTER_URL`;
  const secret = `${definition.envPrefix}_WEBHOOK_SECRET`;
  const tokenUrl = `${definition.envPrefix}_TOKEN_URL`;
  const clientId = `${definition.envPrefix}_CLIENT_ID`;
  const clientSecret = `${definition.envPrefix}_CLIENT_SECRET`;
  const demoClient = demoPartnerClient(definition.partnerId);
  const defaults: Record<string, string> = {
    [adapterUrl]: `http://127.0.0.1:${definition.defaultPort}`,
    [secret]: demoWebhookSecret(definition.partnerId),
    [tokenUrl]: 'http://127.0.0.1:3000/oauth/token',
    [clientId]: demoClient.clientId,
    [clientSecret]: demoClient.clientSecret,
  };
  const config = class {
    constructor() {
      Object.assign(this, defaults);
    }
  };
  Object.defineProperty(config, 'name', { value: `${definition.envPrefix}SimulatorConfig` });
  IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })(config.prototype, adapterUrl);
  Matches(WEBHOOK_SECRET_PATTERN, { message: 'must be a Standard Webhooks secret: whsec_ followed by base64' })(config.prototype, secret);
  IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })(config.prototype, tokenUrl);
  for (const name of [clientId, clientSecret]) {
    IsString()(config.prototype, name);
    IsNotEmpty()(config.prototype, name);
  }
  const loaded = loadConfig(config, env) as Record<string, string>;
  const base = loaded[adapterUrl].replace(/\/+$/, '');
  return {
    partnerId: definition.partnerId,
    adapterUrl: base,
    callbackUrl: (version) => `${base}${callbackPath(definition.partnerId, version)}`,
    secret: loaded[secret],
    tokenUrl: loaded[tokenUrl],
    clientId: loaded[clientId],
    clientSecret: loaded[clientSecret],
  };
}
