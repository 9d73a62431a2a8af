import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule, Reflector } from '@nestjs/core';
import { isDemoEnvironment } from '@hub/config';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { AccessGuard } from './access.guard';
import { AuditBatchWriter } from './audit-batch-writer';
import { AUDIT_APP_NAME, AuditTrail } from './audit-trail';
import { AccessTokenVerifier } from './access-token-verifier';
import type { AuthenticatedAppConfig } from './auth-config';
import { OAuthTokenController } from './oauth-token.controller';
import { loadPartnerClients } from './partner-clients';
import { PartnerTokenIssuer } from './partner-token-issuer';
import { configuredSigningKeyPem, loadSigningKey } from './signing-key';

export interface AuthOptions {
  config: AuthenticatedAppConfig;
  /** Named on each audit log row. */
  appName: string;
  /** Core is the hub's authorization server for partner systems: it holds the signing key and the client registrations. */
  issuesPartnerTokens: boolean;
  /** An adapter serves one partner: only that partner's tokens are credentials there. */
  adapterPartner?: string;
}

/** Who the caller is and whether it may call the route, for every HTTP route of the app that imports it. */
@Module({})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditTrail).forRoutes('*');
  }

  static forRoot(options: AuthOptions): DynamicModule {
    const { config } = options;
    const signingKey = options.issuesPartnerTokens || !config.HUB_TOKEN_JWKS_URL ? loadSigningKey(signingPem(options)) : undefined;
    // Awaited by the providers below; marked handled here so a bad key fails the boot there, with its message, not as an
    // unhandled rejection while Nest is still scanning modules.
    signingKey?.catch(() => undefined);
    return {
      module: AuthModule,
      imports: [DiscoveryModule],
      controllers: options.issuesPartnerTokens ? [OAuthTokenController] : [],
      providers: [
        {
          provide: AccessTokenVerifier,
          useFactory: async () =>
            new AccessTokenVerifier({
              partnerIssuer: config.HUB_TOKEN_ISSUER,
              partnerKeys: signingKey ? (await signingKey).publicKey : new URL(config.HUB_TOKEN_JWKS_URL),
              staffIssuer: config.STAFF_OIDC_ISSUER,
              staffAudience: config.STAFF_API_AUDIENCE,
            }),
        },
        ...(options.issuesPartnerTokens
          ? [
              {
                provide: PartnerTokenIssuer,
                useFactory: async () => new PartnerTokenIssuer(config.HUB_TOKEN_ISSUER, await (signingKey as ReturnType<typeof loadSigningKey>), loadPartnerClients(config), config.PARTNER_TOKEN_TTL_SECONDS),
              },
            ]
          : []),
        { provide: AUDIT_APP_NAME, useValue: options.appName },
        // A provider, not part of the middleware: Nest calls its onApplicationShutdown (the last rows written) before the
        // global TypeOrmCoreModule's closes the DataSource.
        AuditBatchWriter,
        {
          provide: APP_GUARD,
          inject: [Reflector, AccessTokenVerifier],
          useFactory: (reflector: Reflector, verifier: AccessTokenVerifier) =>
            new AccessGuard(reflector, verifier, options.adapterPartner, new RateLimiterMemory({ points: config.RATE_LIMIT_CLIENT_PER_MINUTE, duration: 60, keyPrefix: 'client' })),
        },
      ],
      exports: [AccessTokenVerifier],
    };
  }
}

/**
 * The issuer's own key; an app that only verifies holds the public half of the demo key in dev and test, and fetches
 * the issuer's published keys (HUB_TOKEN_JWKS_URL) elsewhere.
 */
function signingPem({ config, issuesPartnerTokens }: AuthOptions): string {
  const keyConfigured = Boolean(config.HUB_TOKEN_SIGNING_KEY || config.HUB_TOKEN_SIGNING_KEY_FILE);
  if (!issuesPartnerTokens && !keyConfigured && !isDemoEnvironment(config.HUB_ENV)) {
    throw new Error(`HUB_TOKEN_JWKS_URL must be set when HUB_ENV=${config.HUB_ENV}: this app checks partner tokens with the keys core publishes`);
  }
  return configuredSigningKeyPem(config);
}
