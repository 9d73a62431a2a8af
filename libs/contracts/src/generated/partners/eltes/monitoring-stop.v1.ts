/**
 * Generated from contracts/partners/eltes/monitoring-stop.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Eltes API v1: the hub stops a monitoring request (監視停止依頼) that the coordinator cancelled, POSTed signed (Standard Webhooks) to {monitoring-requests endpoint}/{requestId}/stop. Sent only after the request itself reached Eltes. Eltes stops watching and sends no more alerts; what it already reported stays reported.
 */
export interface EltesMonitoringStopV1 {
  /**
   * Eltes API version of this payload.
   */
  apiVersion: "1";
  /**
   * The monitoring request to stop: the requestId the hub sent.
   */
  requestId: string;
  /**
   * Why the coordinator cancelled, for Eltes's analysts.
   */
  stopReason: string;
  /**
   * The coordinator who cancelled.
   */
  stoppedBy: string;
  /**
   * When the coordinator cancelled: monitoring ends then.
   */
  stoppedAt: string;
}
