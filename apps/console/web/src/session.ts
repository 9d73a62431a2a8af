import { createContext, useContext } from 'react';
import type { Session } from './api';

export const SessionContext = createContext<Session | undefined>(undefined);

/** The signed-in person; `can('coordinator')` says whether a button would be accepted (the API decides all the same). */
export function useSession() {
  const session = useContext(SessionContext) as Session;
  return { ...session, can: (...roles: string[]) => roles.some((role) => session.roles.includes(role)) };
}
