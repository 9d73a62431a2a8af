import type { Type } from '@nestjs/common';
import { JOB_NAMES, type ReconciliationJob } from './reconciliation-job';
import { LedgerJob } from './ledger/ledger.job';
import { LedgerProofRepository } from './ledger/ledger-proof.repository';
import { BankExportJob } from '../bank/bank-export.job';
import { BankExportRepository } from '../bank/bank-export.repository';
import { BankFilesController } from '../bank/bank-files.controller';
import { BankFilesRepository } from '../bank/bank-files.repository';
import { BankTransferExportsController } from '../bank/bank-transfer-exports.controller';
import { PayeeAccountRepository } from '../bank/payee-account.repository';
import { PayeeAccountsController } from '../bank/payee-accounts.controller';
import { PayoutsBankJob } from '../bank/payouts-bank.job';
import { PayoutsBankRepository } from '../bank/payouts-bank.repository';
import { MonthEndController } from '../month-end/month-end.controller';
import { MonthEndJob } from '../month-end/month-end.job';
import { MonthEndRepository } from '../month-end/month-end.repository';
import { ConsumerLagReader } from './messaging-health/consumer-lag.reader';
import { MessagingHealthJob } from './messaging-health/messaging-health.job';
import { MessagingHealthRepository } from './messaging-health/messaging-health.repository';
import { RetentionJob } from './retention/retention.job';
import { RetentionRepository } from './retention/retention.repository';
import { OrdersInvoicesJob } from './orders-invoices/orders-invoices.job';
import { OrdersInvoicesRepository } from './orders-invoices/orders-invoices.repository';

/** Every job this app runs, one class each; checked at boot against JOB_NAMES so none is missing or twice. */
export const JOB_CLASSES: Type<ReconciliationJob>[] = [LedgerJob, MessagingHealthJob, RetentionJob, OrdersInvoicesJob, MonthEndJob, BankExportJob, PayoutsBankJob];

/** The repositories the jobs read and write through (the jobs hold no SQL). */
export const JOB_REPOSITORIES: Type<unknown>[] = [LedgerProofRepository, MessagingHealthRepository, ConsumerLagReader, RetentionRepository, OrdersInvoicesRepository, MonthEndRepository, PayeeAccountRepository, BankExportRepository, BankFilesRepository, PayoutsBankRepository];

/** The HTTP routes the jobs bring (bank files, payee accounts, month-end statements); served by the reconciler's server only. */
export const JOB_CONTROLLERS: Type<unknown>[] = [MonthEndController, PayeeAccountsController, BankTransferExportsController, BankFilesController];

export function assertJobCatalog(jobs: readonly ReconciliationJob[]): void {
  const names = jobs.map((job) => job.name);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`reconciliation jobs declared twice: ${twice.join(', ')}`);
  const missing = JOB_NAMES.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new Error(`reconciliation jobs with no implementation: ${missing.join(', ')}`);
}
