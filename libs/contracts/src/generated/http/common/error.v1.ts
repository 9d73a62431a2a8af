/**
 * Generated from contracts/http/common/error.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { ValidationIssueV1 } from "../../common/definitions.v1";

/**
 * Body of every 4xx/5xx answer of the hub's HTTP APIs: a stable code for programs, a message for people, and for bad input the fields and why.
 */
export interface ErrorResponseV1 {
  /**
   * The HTTP status code, repeated.
   */
  statusCode: number;
  /**
   * Stable error code, e.g. validation_failed, coverage_not_confirmed, illegal_transition, not_found, invalid_signature.
   */
  error: string;
  /**
   * What went wrong, for a person.
   */
  message: string;
  /**
   * For validation_failed: each offending field and why.
   */
  issues?: ValidationIssueV1[];
}
