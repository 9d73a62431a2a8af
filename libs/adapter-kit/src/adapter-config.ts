import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { AuthenticatedAppConfig } from '@hub/auth';
import { isDemoEnvironment, kafkaBrokerList } from '@hub/config';
export { isDemoEnvironment } from '@hub/config';
import { PARTNER_DELIVERY_GIVE_UP_AFTER_MS, PARTNER_DELIVERY_POLICY } from '@hub/messaging';
import { AdapterSettings } from './adapter-settings';
import { AdapterDefinition, nativeVersion } from './define-adapter';
import { endpointUrlProblem } from './endpoint-address';
import { demoWebhookSecret, WEBHOOK_SECRET_PATTERN } from './webhook-signature';

/** The environment variables of one adapter, named from its partner's prefix (`LAC_ENDPOINT_URL`, …). */
export function adapterEnvNames(definition: AdapterDefinition) {
  const p = definition.envPrefix;
  return {
    endpointUrl: `${p}_ENDPOINT_URL`,
    apiVersion: `${p}_API_VERSION`,
    secret: `${p}_WEBHOOK_SECRET`,
    previousSecret: `${p}_WEBHOOK_PREVIOUS_SECRET`,
    giveUpAfterSeconds: `${p}_DELIVERY_GIVE_UP_AFTER_SECONDS`,
    breakerThreshold: `${p}_BREAKER_THRESHOLD`,
    breakerCoolDownSeconds: `${p}_BREAKER_COOL_DOWN_SECONDS`,
    breakerMaxCoolDownSeconds: `${p}_BREAKER_MAX_COOL_DOWN_SECONDS`,
    disableAfterFailingSeconds: `${p}_DISABLE_AFTER_FAILING_SECONDS`,
    channel: `${p}_DELIVERY_CHANNEL`,
  } as const;
}

/** An adapter's loaded config: the shared variables plus the partner's, by their prefixed names. */
export type AdapterConfig = AuthenticatedAppConfig & { PORT: number; HOST: string; WEBHOOK_TOLERANCE_SECONDS: number } & Record<string, unknown>;

type PropertyDecorator = (target: object, propertyKey: string) => void;

const SECRET_MESSAGE = { message: 'must be a Standard Webhooks secret: whsec_ followed by base64' };

/**
 * The adapter's typed config class, built from its definition so every adapter has the same variables under
 * its partner's prefix, with the same checks: `loadConfig` then fails at boot naming the bad variable.
 * (Decorators are applied by hand because the property names are only known from the definition.)
 */
export function adapterConfigClass(definition: AdapterDefinition): new () => AdapterConfig {
  const env = adapterEnvNames(definition);
  const pinned = nativeVersion(definition, definition.pinnedVersion);
  const defaults: Record<string, unknown> = {
    PORT: definition.defaultPort,
    HOST: '127.0.0.1',
    WEBHOOK_TOLERANCE_SECONDS: 300,
    [env.endpointUrl]: `${definition.demoPartnerBaseUrl}${pinned.demoEndpointPath}`,
    [env.apiVersion]: definition.pinnedVersion,
    [env.secret]: demoWebhookSecret(definition.partnerId),
    [env.previousSecret]: undefined,
    // How long the partner may stay unreachable before an order is dead-lettered for a person (default 72 h).
    [env.giveUpAfterSeconds]: PARTNER_DELIVERY_GIVE_UP_AFTER_MS / 1000,
    // Failed attempts in a row that open the partner's circuit breaker; its first cool-down doubles up to the maximum.
    [env.breakerThreshold]: 5,
    [env.breakerCoolDownSeconds]: 30,
    [env.breakerMaxCoolDownSeconds]: 600,
    // An endpoint failing without a break for 5 days is disabled, as Svix does, with an alert for the coordinator.
    [env.disableAfterFailingSeconds]: 5 * 24 * 3600,
    // push unless the partner has no endpoint and pulls its deliveries from the feed.
    [env.channel]: 'push',
  };
  const config = class extends AuthenticatedAppConfig {
    constructor() {
      super();
      Object.assign(this, defaults);
    }
  };
  Object.defineProperty(config, 'name', { value: `${definition.envPrefix}AdapterConfig` });
  const rules: Record<string, PropertyDecorator[]> = {
    PORT: [Type(() => Number), IsInt(), Min(0), Max(65535)],
    HOST: [IsString()],
    WEBHOOK_TOLERANCE_SECONDS: [Type(() => Number), IsInt(), Min(30), Max(3600)],
    [env.endpointUrl]: [IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })],
    [env.apiVersion]: [Type(() => Number), IsIn(definition.versions.map((v) => v.version), { message: `must be one of the served versions: ${definition.versions.map((v) => v.version).join(', ')}` })],
    [env.secret]: [Matches(WEBHOOK_SECRET_PATTERN, SECRET_MESSAGE)],
    [env.previousSecret]: [IsOptional(), Matches(WEBHOOK_SECRET_PATTERN, SECRET_MESSAGE)],
    [env.giveUpAfterSeconds]: [Type(() => Number), IsInt(), Min(1)],
    [env.breakerThreshold]: [Type(() => Number), IsInt(), Min(1)],
    [env.breakerCoolDownSeconds]: [Type(() => Number), IsInt(), Min(1), Max(600)],
    [env.breakerMaxCoolDownSeconds]: [Type(() => Number), IsInt(), Min(1), Max(3600)],
    [env.disableAfterFailingSeconds]: [Type(() => Number), IsInt(), Min(1)],
    [env.channel]: [IsIn(['push', 'poll'], { message: 'must be push or poll' })],
  };
  for (const [property, decorators] of Object.entries(rules)) {
    for (const decorate of decorators) decorate(config.prototype, property);
  }
  return config as unknown as new () => AdapterConfig;
}

/**
 * What the kit runs from a loaded config. The demo secret is refused outside dev and test: it is derivable
 * from the partner id, so anyone could sign as the partner with it.
 */
export function adapterSettings(definition: AdapterDefinition, config: AdapterConfig): AdapterSettings {
  const env = adapterEnvNames(definition);
  const secrets = [config[env.secret] as string, ...(config[env.previousSecret] ? [config[env.previousSecret] as string] : [])];
  const demoSecretIn = [env.secret, env.previousSecret].find((name) => config[name] === demoWebhookSecret(definition.partnerId));
  if (!isDemoEnvironment(config.HUB_ENV) && demoSecretIn) {
    throw new Error(`${demoSecretIn}: the built-in demo secret is refused when HUB_ENV=${config.HUB_ENV}`);
  }
  const endpointProblem = endpointUrlProblem(config[env.endpointUrl] as string, isDemoEnvironment(config.HUB_ENV));
  if (endpointProblem) throw new Error(`${env.endpointUrl}: ${endpointProblem} (HUB_ENV=${config.HUB_ENV})`);
  const seconds = (name: string) => (config[name] as number) * 1000;
  return {
    appName: definition.appName,
    partnerId: definition.partnerId,
    outbound: nativeVersion(definition, config[env.apiVersion] as number),
    versions: definition.versions,
    databaseUrl: config.DATABASE_URL,
    databasePoolSize: config.DATABASE_POOL_SIZE,
    brokers: kafkaBrokerList(config),
    hubEnv: config.HUB_ENV,
    endpointUrl: config[env.endpointUrl] as string,
    secrets,
    timestampToleranceSeconds: config.WEBHOOK_TOLERANCE_SECONDS,
    deliveryPolicy: PARTNER_DELIVERY_POLICY,
    deliveryGiveUpAfterMs: seconds(env.giveUpAfterSeconds),
    breaker: {
      threshold: config[env.breakerThreshold] as number,
      coolDownMs: seconds(env.breakerCoolDownSeconds),
      maxCoolDownMs: Math.max(seconds(env.breakerCoolDownSeconds), seconds(env.breakerMaxCoolDownSeconds)),
    },
    disableAfterFailingMs: seconds(env.disableAfterFailingSeconds),
    channel: config[env.channel] as 'push' | 'poll',
  };
}
