import request from 'supertest';
import { PartnerTokenClient, demoPartnerClient, signInDemoStaff } from '@hub/auth';
import { PARTNERS } from '@hub/partners';
import { testEnv } from '@hub/testing';

/** The demo people the tests act as, by what they do (apps/staff-idp/src/demo-staff.ts holds their roles and limits). */
export const DEMO_PEOPLE = {
  coordinator: 'sato.coordinator',
  otherCoordinator: 'kimura.coordinator',
  claims: 'tanaka.claims',
  /** Approves up to ¥1,000,000. */
  juniorApprover: 'suzuki.approver',
  /** Approves up to ¥50,000,000. */
  approver: 'yamada.senior',
  finance: 'ito.finance',
  operator: 'kato.operator',
  auditor: 'watanabe.auditor',
} as const;
export type DemoPerson = keyof typeof DEMO_PEOPLE;

type Agent = ReturnType<typeof request.agent>;

/**
 * Supertest agents for one hub URL, each carrying the bearer token of one caller: every demo person, signed in through
 * the real staff OpenID provider, and every directory partner, with a token from core's real token endpoint.
 */
export type Callers = Record<DemoPerson, Agent> & { partner: Record<string, Agent>; anonymous: Agent };

export interface CallerTokens {
  staff: Record<DemoPerson, string>;
  partner: Record<string, string>;
}

/** Bearer tokens of every demo person and partner; partner tokens come from core at `coreUrl`. */
export async function signInCallers(coreUrl: string): Promise<CallerTokens> {
  const people = Object.keys(DEMO_PEOPLE) as DemoPerson[];
  const staffTokens = await Promise.all(people.map((who) => signInDemoStaff(testEnv.staffIssuer, DEMO_PEOPLE[who])));
  const partnerIds = Object.keys(PARTNERS);
  const partnerTokens = await Promise.all(partnerIds.map((id) => partnerToken(coreUrl, id)));
  return {
    staff: Object.fromEntries(people.map((who, i) => [who, staffTokens[i]])) as Record<DemoPerson, string>,
    partner: Object.fromEntries(partnerIds.map((id, i) => [id, partnerTokens[i]])),
  };
}

export function partnerToken(coreUrl: string, partnerId: string): Promise<string> {
  const client = demoPartnerClient(partnerId);
  return new PartnerTokenClient(`${coreUrl}/oauth/token`, client.clientId, client.clientSecret).token();
}

/** Agents on `url` (core, or an adapter) for every caller whose token is in `tokens`. */
export function callersOf(url: string, tokens: CallerTokens): Callers {
  const agent = (token: string) => request.agent(url).set('authorization', `Bearer ${token}`);
  const staff = Object.fromEntries(Object.entries(tokens.staff).map(([who, token]) => [who, agent(token)])) as Record<DemoPerson, Agent>;
  const partner = Object.fromEntries(Object.entries(tokens.partner).map(([id, token]) => [id, agent(token)]));
  return { ...staff, partner, anonymous: request.agent(url) };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
