/**
 * Generated from contracts/http/core/report-incident.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { IncidentV1, PolicyNumberV1, UsageNoticeV1 } from "../../common/definitions.v1";

/**
 * Body of POST /cases: the insured's accident report together with its usage notice (利用連絡). Opens a case awaiting the insurer's coverage decision.
 */
export interface ReportIncidentRequestV1 {
  policyNumber: PolicyNumberV1;
  incident: IncidentV1;
  usageNotice: UsageNoticeV1;
}
