import { formattedIdParam } from '@hub/http';

/** contracts/common/definitions.v1 policyNumber: a path value of another form names no policy (404, not a query). */
export const POLICY_NUMBER = formattedIdParam('Policy', /^[A-Z0-9-]{4,40}$/);
