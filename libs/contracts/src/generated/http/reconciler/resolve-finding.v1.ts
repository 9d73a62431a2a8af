/**
 * Generated from contracts/http/reconciler/resolve-finding.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /findings/{findingId}/resolve (reconciler API v1): a person resolves an open finding and says how. The finding stays resolved when a later run finds the same break again; who resolved it is the signed-in person of the access token.
 */
export interface ResolveFindingRequestV1 {
  /**
   * What was done or why the break is accepted, for the record.
   */
  note: string;
}
