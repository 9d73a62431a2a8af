import type { StaffRole } from './staff-roles';

/** A partner firm's system, identified by the client it authenticated as; the partner id comes from the token only. */
export interface PartnerActor {
  kind: 'partner';
  partnerId: string;
  clientId: string;
}

/** A signed-in person; `approvalLimitYen` only for approvers (integer yen). */
export interface StaffActor {
  kind: 'staff';
  subject: string;
  username: string;
  name: string;
  roles: StaffRole[];
  approvalLimitYen?: number;
}

/** The hub itself (settlement after an event, re-decision), or a partner's message that an adapter authenticated. */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export type Actor = PartnerActor | StaffActor | SystemActor;

/** How the actor appears on timelines, decisions and logs: who, never what a body claimed. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'partner':
      return `partner:${actor.partnerId}`;
    case 'staff':
      return `staff:${actor.username}`;
    case 'system':
      return actor.name;
  }
}

export const hasRole = (actor: Actor, ...roles: StaffRole[]): actor is StaffActor =>
  actor.kind === 'staff' && actor.roles.some((role) => roles.includes(role));

/** What every use case command carries (design.md: a command carries the actor and the correlation id). */
export interface ActorContext {
  actor: Actor;
  correlationId: string;
}

export const HUB_SYSTEM: SystemActor = { kind: 'system', name: 'hub' };

/** The partner whose objects alone a caller may see, or undefined for staff, whose role is checked at the route. */
export function partnerScope(actor: Actor): string | undefined {
  return actor.kind === 'partner' ? actor.partnerId : undefined;
}

/**
 * A body's `partnerId` must be the partner of the credentials: a partner never files in another's name. Staff and the
 * hub may name any partner. Returns the reason when it does not hold, for the caller to refuse naming the field.
 */
export function partnerMismatch(actor: Actor, partnerId: string): string | undefined {
  return actor.kind === 'partner' && actor.partnerId !== partnerId ? `must be ${actor.partnerId}, the partner of your credentials` : undefined;
}
