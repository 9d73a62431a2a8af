/**
 * Generated from contracts/partners/cmg/mandate-log.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * CMG Japan Crisis Room API v1: one entry of a mandate's log, POSTed by CMG signed (Standard Webhooks, with CMG's bearer token) to the hub's /cmg/v1/callbacks. One entry says one thing: the brief received, the mandate taken on or declined, a milestone of the crisis response reached, or the mandate completed. Mapped to OrderStatusChangedV1.
 */
export interface CmgMandateLogV1 {
  /**
   * Crisis Room API version of this payload.
   */
  crisisRoomApi: "1";
  /**
   * The mandateId of the brief the hub sent.
   */
  mandateId: string;
  /**
   * CMG's own mandate number: CMG-, the year's last two digits, a four-digit sequence, e.g. CMG-26-0117.
   */
  cmgMandateNo: string;
  /**
   * RECEIVED: the duty consultant has the brief; ENGAGED: CMG takes the mandate on; DECLINED: CMG does not (see declineReason); MILESTONE: a milestone of the response reached (see milestone); COMPLETED: the mandate's work is done.
   */
  entryType: "RECEIVED" | "ENGAGED" | "DECLINED" | "MILESTONE" | "COMPLETED";
  /**
   * The milestone reached; required when entryType is MILESTONE: CRISIS_CELL_CONVENED (危機対策チーム招集), SIMULATION_RUN (クライシス・シミュレーション実施), HOLDING_STATEMENT_ISSUED (ホールディング・ステートメント発出), MEDIA_STRATEGY_AGREED (メディア対応方針合意), SPOKESPERSON_COACHED (記者会見トレーニング実施), PRESS_CONFERENCE_HELD (記者会見実施), MONITORING_SUMMARY_ISSUED (メディアモニタリング・サマリー提出; the consultant's note carries its gist).
   */
  milestone?:
    | "CRISIS_CELL_CONVENED"
    | "SIMULATION_RUN"
    | "HOLDING_STATEMENT_ISSUED"
    | "MEDIA_STRATEGY_AGREED"
    | "SPOKESPERSON_COACHED"
    | "PRESS_CONFERENCE_HELD"
    | "MONITORING_SUMMARY_ISSUED";
  /**
   * Why CMG declines; required when entryType is DECLINED.
   */
  declineReason?: string;
  /**
   * A note from CMG's consultant on the entry.
   */
  consultantNote?: string;
  /**
   * When it happened at CMG.
   */
  loggedAt: string;
}
