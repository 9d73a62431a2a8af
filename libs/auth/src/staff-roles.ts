/**
 * What a person at the insurer or the coordinator may do (issue 8). A person may hold several roles; the identity
 * provider says which, in the `hub_roles` claim of their access token.
 */
export const STAFF_ROLES = ['coordinator', 'claims_handler', 'approver', 'finance', 'operator', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaffRole = (value: unknown): value is StaffRole => (STAFF_ROLES as readonly unknown[]).includes(value);

/** Staff who read cases, orders, invoices and money: everyone but the operator, whose work is the plumbing. */
export const CASE_READERS: StaffRole[] = ['coordinator', 'claims_handler', 'approver', 'finance', 'auditor'];
