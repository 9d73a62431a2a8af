import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { type Caller, CALLERS_KEY } from '@hub/auth';
import { HubHttpError } from '@hub/http';
import type { ConsoleSessions } from './console-sessions';
import type { ConsoleSession } from './session.store';
import { sessionIdOf } from './session-cookie';

export type ConsoleRequest = Request & { console?: { sessionId: string; session: ConsoleSession } };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Compared in constant time (digests of equal length), so the answer's timing says nothing of the token. */
const digest = (value: string) => createHash('sha256').update(value).digest();
const sameToken = (sent: string | string[] | undefined, expected: string) => typeof sent === 'string' && timingSafeEqual(digest(sent), digest(expected));

/**
 * The console's guard: the same @Callers declarations as every app of the hub, proved by a session cookie instead of a
 * bearer token. A change (any method but GET) also needs the session's CSRF token in X-CSRF-Token and, when the
 * browser names one, an Origin that is the console's own — another site's page can make a browser send the cookie,
 * but can read neither the token nor forge the Origin.
 */
@Injectable()
export class ConsoleAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: ConsoleSessions,
    private readonly publicOrigin: string,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const callers = this.reflector.getAllAndOverride<Caller[] | undefined>(CALLERS_KEY, [context.getHandler(), context.getClass()]);
    if (callers?.includes('anyone')) return true;
    const request = context.switchToHttp().getRequest<ConsoleRequest>();
    const sessionId = sessionIdOf(request);
    const session = sessionId ? await this.sessions.current(sessionId) : undefined;
    if (!sessionId || !session) throw new HubHttpError(HttpStatus.UNAUTHORIZED, 'unauthenticated', 'Sign in to the console first (GET /auth/login)');
    if (!SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== this.publicOrigin) throw new HubHttpError(HttpStatus.FORBIDDEN, 'cross_site_request', `A change must come from the console's own page, not ${origin}`);
      if (!sameToken(request.headers['x-csrf-token'], session.csrfToken)) throw new HubHttpError(HttpStatus.FORBIDDEN, 'csrf_token_missing', 'A change needs the session\'s X-CSRF-Token header (GET /api/session gives it)');
    }
    if (!callers || !session.actor.roles.some((role) => callers.includes(role))) {
      throw new HubHttpError(HttpStatus.FORBIDDEN, 'forbidden', 'Your roles do not allow this action');
    }
    request.console = { sessionId, session };
    return true;
  }
}
