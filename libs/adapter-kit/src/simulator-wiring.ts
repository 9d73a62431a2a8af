import { IsUrl, Matches } from 'class-validator';
import { loadConfig } from '@hub/config';
import { AdapterDefinition, callbackPath } from './define-adapter';
import { demoWebhookSecret, WEBHOOK_SECRET_PATTERN } from './webhook-signature';

/** How a partner's simulator reaches the hub: where it posts callbacks and the secret it signs with. */
export interface SimulatedPartnerSettings {
  partnerId: string;
  callbackUrl: string;
  secret: string;
}

/**
 * A simulator's settings for one partner, from the adapter's definition: `<PREFIX>_CALLBACK_URL` (the adapter's
 * callbacks of its pinned version, by default) and `<PREFIX>_WEBHOOK_SECRET` (the partner's demo secret), checked
 * like any config so a bad variable is named at boot.
 */
export function simulatedPartnerSettings(definition: AdapterDefinition, env: NodeJS.ProcessEnv = process.env): SimulatedPartnerSettings {
  const callbackUrl = `${definition.envPrefix}_CALLBACK_URL`;
  const secret = `${definition.envPrefix}_WEBHOOK_SECRET`;
  const defaults: Record<string, string> = {
    [callbackUrl]: `http://127.0.0.1:${definition.defaultPort}${callbackPath(definition.partnerId, definition.pinnedVersion)}`,
    [secret]: demoWebhookSecret(definition.partnerId),
  };
  const config = class {
    constructor() {
      Object.assign(this, defaults);
    }
  };
  Object.defineProperty(config, 'name', { value: `${definition.envPrefix}SimulatorConfig` });
  IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })(config.prototype, callbackUrl);
  Matches(WEBHOOK_SECRET_PATTERN, { message: 'must be a Standard Webhooks secret: whsec_ followed by base64' })(config.prototype, secret);
  const loaded = loadConfig(config, env) as Record<string, string>;
  return { partnerId: definition.partnerId, callbackUrl: loaded[callbackUrl], secret: loaded[secret] };
}
