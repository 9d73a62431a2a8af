import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { HubHttpError, rateLimited } from '@hub/http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type Actor, actorLabel } from './actor';
import { AccessTokenVerifier, TokenRefused } from './access-token-verifier';
import { type Caller, CALLERS_KEY } from './callers';

/** The partner an adapter app serves: a token of another partner is no credential there. */
export const ADAPTER_PARTNER = Symbol('ADAPTER_PARTNER');

export type AuthenticatedRequest = Request & { actor?: Actor };

/**
 * Runs before every route (registered globally): what the route's @Callers allow, checked against the actor the bearer
 * token proves. No declaration means nobody — the boot check (route-declarations.ts) makes that a failed start, and this
 * refusal the last line should a route slip past it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
    private readonly adapterPartner: string | undefined,
    private readonly perClient: RateLimiterMemory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const callers = this.reflector.getAllAndOverride<Caller[] | undefined>(CALLERS_KEY, [context.getHandler(), context.getClass()]);
    if (callers?.includes('anyone')) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="hub"');
      throw new HubHttpError(HttpStatus.UNAUTHORIZED, 'unauthenticated', 'This route needs a bearer access token (Authorization: Bearer …)');
    }
    const actor = await this.verified(token, response);
    // Known before the verdict, so the audit trail records a refused attempt under who made it.
    request.actor = actor;
    await this.withinRate(actor, response);
    if (!callers || !mayCall(actor, callers, this.adapterPartner)) {
      throw new HubHttpError(HttpStatus.FORBIDDEN, 'forbidden', 'Your credentials do not allow this action');
    }
    return true;
  }

  /** Each person has a budget, and each partner one for all its clients together, whichever address they call from. */
  private async withinRate(actor: Actor, response: Response): Promise<void> {
    try {
      await this.perClient.consume(actorLabel(actor));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const limited = rateLimited(rejection, actorLabel(actor));
      for (const [name, value] of Object.entries(limited.headers ?? {})) response.setHeader(name, value);
      throw new HubHttpError(HttpStatus.TOO_MANY_REQUESTS, limited.code, limited.message, [{ field: limited.field, reason: limited.reason }]);
    }
  }

  private async verified(token: string, response: Response): Promise<Actor> {
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof TokenRefused)) throw error;
      if (error.reason === 'unavailable') {
        response.setHeader('Retry-After', '5');
        throw new HubHttpError(HttpStatus.SERVICE_UNAVAILABLE, 'identity_provider_unavailable', `Cannot check the token now: ${error.message}`);
      }
      response.setHeader('WWW-Authenticate', `Bearer realm="hub", error="invalid_token", error_description="${error.message}"`);
      throw new HubHttpError(HttpStatus.UNAUTHORIZED, 'invalid_token', `The access token is not accepted: ${error.message}`);
    }
  }
}

function mayCall(actor: Actor, callers: Caller[], adapterPartner: string | undefined): boolean {
  if (actor.kind === 'partner') return callers.includes('partner') && (adapterPartner === undefined || actor.partnerId === adapterPartner);
  if (actor.kind === 'staff') return actor.roles.some((role) => callers.includes(role));
  return false;
}

/** RFC 6750 §2.1: the `Bearer` scheme is case-insensitive, the token is one token68 value. */
function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i);
  return match?.[1];
}
