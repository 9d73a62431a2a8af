// The reconciler's vocabulary as the console shows it: its jobs, the kinds of findings it knows, and who may do what
// (the reconciler decides every call all the same; these only hide what would be refused).
import type { ReconciliationJob } from './types';

export const RECONCILIATION_JOBS: ReconciliationJob[] = ['orders-invoices', 'ledger', 'payouts-bank', 'bank-export', 'messaging-health', 'retention', 'month-end'];

/** The kinds the catalog names in Japanese, for the filter; a kind not listed here is still shown, by its code. */
export const FINDING_KINDS = [
  'work_not_invoiced',
  'invoiced_above_estimate',
  'invoice_for_unaccepted_order',
  'duplicate_invoice',
  'approval_waiting_too_long',
  'counter_differs_from_postings',
  'counter_above_cap',
  'decision_does_not_add_up',
  'bank_transfer_unmatched',
  'bank_amount_differs',
  'payout_unpaid',
  'payee_account_missing',
  'outbox_stale',
  'dead_letter_unreplayed',
  'consumer_lag',
  'kafka_unreachable',
];

/** GET /findings. */
export const FINDING_READERS = ['operator', 'finance', 'coordinator', 'auditor'];
/** POST /findings/{id}/resolve. */
export const FINDING_RESOLVERS = ['operator', 'finance', 'coordinator'];
/** GET /runs. */
export const RUN_READERS = ['operator', 'finance', 'auditor'];
/** POST /runs. */
export const RUN_REQUESTERS = ['operator', 'finance'];
