/**
 * Generated from contracts/http/adapter/enable-endpoint.v2.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Body of POST /endpoint/enable on a partner's adapter: an operator enables a disabled endpoint again, once the partner says it is back. Breaking change from v1: enabledBy is gone; the actor is the signed-in operator of the access token.
 */
export interface EnableEndpointRequestV2 {
  /**
   * Why, e.g. the partner's new endpoint went live.
   */
  reason: string;
}
