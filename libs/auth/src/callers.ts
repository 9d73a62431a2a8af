import { SetMetadata } from '@nestjs/common';
import type { StaffRole } from './staff-roles';

/**
 * Who may call a route. Every route says it (checked at boot): `anyone` for what must be reachable without credentials
 * (health, docs, the token endpoint), `partner` for a partner system's access token, or the staff roles allowed.
 */
export type Caller = 'anyone' | 'partner' | StaffRole;

export const CALLERS_KEY = 'hub:callers';

export const Callers = (...callers: Caller[]) => SetMetadata(CALLERS_KEY, callers);

/** Opens a whole controller to anyone (health probes): for controllers built elsewhere that cannot carry the decorator. */
export function publicController<T extends abstract new (...args: never[]) => unknown>(controller: T): T {
  Callers('anyone')(controller);
  return controller;
}
