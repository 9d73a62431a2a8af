import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule, Reflector } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { AccessTokenVerifier } from '@hub/auth';
import { kafkaBrokerList } from '@hub/config';
import { createKafka } from '@hub/messaging';
import { adapterUrlsOf, type ConsoleConfig, publicUrlOf } from './console.config';
import { CONSOLE_SETTINGS, type ConsoleSettings } from './console-settings';
import { DirectoryController } from './directory.controller';
import { ObservabilityModule } from '@hub/operations';
import { LiveController } from './live/live.controller';
import { LiveEvents } from './live/live-events';
import { CONSOLE_KAFKA, OperationsController } from './operations/operations.controller';
import { ApiProxyController } from './proxy/api-proxy.controller';
import { ConsoleAccessGuard } from './session/console-access.guard';
import { ConsoleSessions } from './session/console-sessions';
import { SessionStore } from './session/session.store';
import { SignInController } from './session/sign-in.controller';
import { StaffOidc } from './session/staff-oidc';

/** Paths the browser app never answers: the server's own routes (an unknown API path is a 404, not the app's page). */
const SERVER_PATHS = ['/api/{*rest}', '/auth/{*rest}', '/health', '/health/{*rest}', '/metrics', '/docs', '/docs/{*rest}'];

@Module({})
export class ConsoleModule {
  static forRoot(config: ConsoleConfig): DynamicModule {
    const publicUrl = publicUrlOf(config);
    const settings: ConsoleSettings = {
      publicUrl,
      coreUrl: config.CORE_URL.replace(/\/$/, ''),
      reconcilerUrl: config.RECONCILER_URL.replace(/\/$/, ''),
      adapterUrls: adapterUrlsOf(config),
      sessionSeconds: config.CONSOLE_SESSION_SECONDS,
      secureCookies: publicUrl.startsWith('https:'),
      hubEnv: config.HUB_ENV,
    };
    return {
      module: ConsoleModule,
      imports: [
        ObservabilityModule.forApp('console'),
        DiscoveryModule,
        // The browser app: every other path answers with its index.html, so a deep link (/cases/<id>) opens the page.
        ServeStaticModule.forRoot({ rootPath: resolve(config.CONSOLE_WEB_ROOT), exclude: SERVER_PATHS, serveStaticOptions: { index: 'index.html', maxAge: '1h' } }),
      ],
      controllers: [ SignInController, ApiProxyController, LiveController, OperationsController, DirectoryController],
      providers: [
        { provide: CONSOLE_SETTINGS, useValue: settings },
        // An error listener on every client for its life, as postgresOptions gives the other apps: a connection the server
        // ends as it becomes ready would otherwise be an unhandled `error` event and crash the process.
        { provide: Pool, useFactory: () => new Pool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE ?? 5, application_name: 'console', onConnect: (client) => void client.on('error', () => undefined) }) },
        { provide: SessionStore, inject: [Pool], useFactory: (pool: Pool) => new SessionStore(pool) },
        { provide: StaffOidc, useValue: new StaffOidc(config.STAFF_OIDC_ISSUER, config.CONSOLE_OIDC_CLIENT_ID, `${publicUrl}/auth/callback`) },
        {
          provide: AccessTokenVerifier,
          // Only staff tokens reach the console; the partner side points at core's keys and is never used here.
          useValue: new AccessTokenVerifier({
            partnerIssuer: config.HUB_TOKEN_ISSUER,
            partnerKeys: new URL(`${settings.coreUrl}/.well-known/jwks.json`),
            staffIssuer: config.STAFF_OIDC_ISSUER,
            staffAudience: config.STAFF_API_AUDIENCE,
          }),
        },
        { provide: ConsoleSessions, inject: [SessionStore, StaffOidc, AccessTokenVerifier], useFactory: (s: SessionStore, o: StaffOidc, v: AccessTokenVerifier) => new ConsoleSessions(s, o, v) },
        { provide: LiveEvents, useFactory: async () => {
          const live = new LiveEvents(config.DATABASE_URL);
          await live.start();
          return live;
        } },
        { provide: CONSOLE_KAFKA, useValue: createKafka(kafkaBrokerList(config), `${config.HUB_ENV}.console`) },
        {
          provide: APP_GUARD,
          inject: [Reflector, ConsoleSessions],
          useFactory: (reflector: Reflector, sessions: ConsoleSessions) => new ConsoleAccessGuard(reflector, sessions, new URL(publicUrl).origin),
        },
      ],
    };
  }
}
