import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { assertEveryRouteDeclaresCallers, edgeSettingsOf } from '@hub/auth';
import { describeApp, HubLogger, startHttpApp } from '@hub/http';
import { ConsoleConfig } from './console.config';
import { ConsoleModule } from './console.module';

export interface RunningConsole {
  app: INestApplication;
  url: string;
}

/**
 * What the browser may load and where it may connect: the console's own origin only (no CDN, no third party). Styles
 * inline because Ant Design writes its CSS at run time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'same-origin');
  response.setHeader('X-Frame-Options', 'DENY');
  next();
}

/** Builds and starts the console: its API, the live event stream and the browser app. Used by main.ts and the tests. */
export async function startConsole(config: ConsoleConfig): Promise<RunningConsole> {
  const webRoot = resolve(config.CONSOLE_WEB_ROOT);
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`CONSOLE_WEB_ROOT ${webRoot} holds no built browser app (index.html): run \`npm run console:build\` first`);
  }
  const app = await NestFactory.create(ConsoleModule.forRoot(config), { logger: new HubLogger('console', config.LOG_LEVEL) });
  assertEveryRouteDeclaresCallers(app);
  app.use(securityHeaders);
  // Its root is the web app: a browser (or */*) gets the page, a client asking for JSON what the console is and its links.
  describeApp(app, { webAppAtRoot: true });
  const url = await startHttpApp(app, { openApi: 'console', port: config.PORT, host: config.HOST, edge: edgeSettingsOf(config, { bodyLimits: [], otherMediaTypes: [] }) });
  const pool = app.get(Pool);
  pool.on('error', () => undefined); // an idle client's lost connection is replaced on next use
  const close = app.close.bind(app);
  app.close = async () => {
    await close();
    await pool.end().catch(() => undefined);
  };
  return { app, url };
}
