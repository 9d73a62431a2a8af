/**
 * Generated from contracts/events/reconciliation-finding.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../common/definitions.v1";

/**
 * Payload of hub.reconciliation.finding.v1: a reconciliation job found a break (state open: found for the first time, or found again after it had stopped holding), or a break was resolved (it no longer holds on a rerun, or a person resolved it). Published by the reconciler. The message key is the case the finding is about, or the finding's own id when it is about no one case (a ledger counter of a policy period, an outbox backlog, a consumer group's lag).
 */
export interface ReconciliationFindingV1 {
  /**
   * The finding's id: one per job, kind and subject, whatever how often it is found.
   */
  findingId: string;
  /**
   * The job that found it.
   */
  job: "orders-invoices" | "ledger" | "payouts-bank" | "bank-export" | "messaging-health" | "retention" | "month-end";
  /**
   * What is wrong, e.g. work_not_invoiced, counter_differs_from_postings, bank_transfer_unmatched.
   */
  kind: string;
  /**
   * incident: money or the ledger is wrong and operators must act; warning: something is late, unmatched or waiting.
   */
  severity: "incident" | "warning";
  /**
   * What the finding is about: order, invoice, decision, limit_counter, payout, bank_transaction, outbox, dead_letter, consumer_group.
   */
  subjectType: string;
  /**
   * The id of what it is about.
   */
  subjectId: string;
  /**
   * The case, where the finding is about one.
   */
  caseId?: string;
  partnerId?: PartnerIdV1;
  /**
   * The yen at stake, integer yen, never negative (the size of a difference, an excess, an unmatched transfer), where there is one; the summary and the finding's detail say which way a difference goes.
   */
  amountYen?: number;
  /**
   * One line for a person.
   */
  summary: string;
  /**
   * open: the break holds; resolved: it no longer does, or a person resolved it.
   */
  state: "open" | "resolved";
  /**
   * How it was resolved; only when state is resolved.
   */
  resolution?: "no_longer_holds" | "resolved_by_person";
  /**
   * Who resolved it: staff:<username>, or reconciler when a rerun found it no longer holds.
   */
  resolvedBy?: string;
  /**
   * The business day (Japan) it was first found for.
   */
  firstFoundOn: string;
  /**
   * The latest business day it was found for.
   */
  lastFoundOn: string;
  /**
   * The run that opened or closed it (for a person's resolution, the run that last found it).
   */
  runId: string;
}
