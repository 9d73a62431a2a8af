/**
 * Generated from contracts/http/console/directory.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1, SupportFunctionV1 } from "../../common/definitions.v1";

/**
 * GET /api/directory on the console: the partner firms the coordinator can engage (the hub's partner directory), the support functions each provides, and whether the console reaches its adapter.
 */
export interface ConsoleDirectoryV1 {
  /**
   * Every partner in the directory, by id.
   *
   * @maxItems 100
   */
  partners: {
    partnerId: PartnerIdV1;
    /**
     * The firm's name in English.
     */
    name: string;
    /**
     * The firm's name in Japanese.
     */
    nameJa: string;
    /**
     * The support functions it provides: an order for any other is refused.
     *
     * @minItems 1
     */
    functions: SupportFunctionV1[];
    /**
     * Whether the console reaches the partner's adapter (deliveries, endpoint state).
     */
    adapter: boolean;
  }[];
}
