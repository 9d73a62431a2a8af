/**
 * Generated from contracts/http/reconciler/finding.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { PartnerIdV1 } from "../../common/definitions.v1";

/**
 * Answer of GET /findings/{findingId} and POST /findings/{findingId}/resolve, and an item of GET /findings (reconciler API v1): a break a reconciliation job found. There is one finding per job, kind and subject, however often it is found: a rerun for the same day, or the next day's run, finds the same finding (lastFoundOn and lastRunId move on). It opens when first found; it closes by itself (resolution no_longer_holds, resolvedBy reconciler) when a run of its job no longer finds it, and opens again if a later run finds it again; a person who resolves it (resolution resolved_by_person) has the last word: it stays resolved when found again. While open, resolvedAt, resolvedBy and resolution are null; once resolved, none of them is.
 */
export interface FindingV1 {
  /**
   * The finding's id: one per job, kind and subject.
   */
  findingId: string;
  /**
   * The job that found it.
   */
  job: "orders-invoices" | "ledger" | "payouts-bank" | "bank-export" | "messaging-health" | "retention" | "month-end";
  /**
   * What is wrong, e.g. work_not_invoiced, counter_differs_from_postings, bank_transfer_unmatched, payee_account_missing, outbox_stale.
   */
  kind: string;
  /**
   * incident: money or the ledger is wrong and people must act; warning: something is late, unmatched or waiting.
   */
  severity: "incident" | "warning";
  /**
   * What the finding is about: order, invoice, decision, limit_counter, payout, bank_transaction, partner_month, outbox, dead_letter, consumer_group, kafka.
   */
  subjectType: string;
  /**
   * The id of what it is about; with the job and the kind, what makes the finding one.
   */
  subjectId: string;
  /**
   * The case it is about; null when it is about no one case (a ledger counter of a policy period, an outbox backlog, a consumer group's lag).
   */
  caseId: string | null;
  /**
   * The partner it is about; null when it is about none.
   */
  partnerId: PartnerIdV1 | null;
  /**
   * The yen at stake, integer yen, never negative (the size of a difference, an excess, an unmatched transfer); null when there is none. The summary and the detail say which way a difference goes.
   */
  amountYen: number | null;
  /**
   * One line for a person, as the latest run that found it wrote it.
   */
  summary: string;
  /**
   * What the job saw, by kind (the figures compared, the transfer's record in the bank file, the candidates it could not choose between); {} when there is nothing more than the summary.
   */
  detail: {
    [k: string]: unknown;
  };
  /**
   * open: the break holds; resolved: it no longer does, or a person resolved it.
   */
  state: "open" | "resolved";
  /**
   * The business day (Japan) it was first found for.
   */
  firstFoundOn: string;
  /**
   * The latest business day (Japan) it was found for.
   */
  lastFoundOn: string;
  /**
   * The run that first found it (GET /runs/{runId}).
   */
  firstRunId: string;
  /**
   * The run that last found it, or that closed it when it no longer held.
   */
  lastRunId: string;
  /**
   * When it opened, or opened again after it had stopped holding: the order of GET /findings.
   */
  openedAt: string;
  /**
   * When a run or a person last changed it.
   */
  updatedAt: string;
  /**
   * When it was resolved; null while open.
   */
  resolvedAt: string | null;
  /**
   * Who resolved it: staff:<username>, or reconciler when a run found it no longer holds; null while open.
   */
  resolvedBy: string | null;
  /**
   * How it was resolved: no_longer_holds (a run of its job no longer found it; it opens again if found again) or resolved_by_person (it stays resolved); null while open.
   */
  resolution: "no_longer_holds" | "resolved_by_person" | null;
  /**
   * What the person who resolved it wrote; null unless resolved_by_person.
   */
  resolutionNote: string | null;
}
