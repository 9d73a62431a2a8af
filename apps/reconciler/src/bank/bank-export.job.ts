import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { fitBytes, toZenginKana, type TransferFileHeader, type TransferRecord, writeTransferFile, ZenginFormatError } from '@hub/zengin';
import { ReconcilerConfig } from '../reconciler.config';
import { addDays, japanDateOf } from '../jobs/business-date';
import type { FoundBreak, JobOutcome, JobRunContext, ReconciliationJob } from '../jobs/reconciliation-job';
import { BankExportRepository, type ExportCandidate, type ExportRow, type InstructionRow } from './bank-export.repository';
import { transferReferenceOf } from './transfer-reference';
import { yen } from '../jobs/yen';


/** 受取人名 holds 30 bytes, 振込依頼人名 40: names are cut there, never split between a kana and its ﾞ. */
const PAYEE_NAME_BYTES = 30;
const PAYER_NAME_BYTES = 40;

/** The file name a transfer date's n-th file is downloaded as: sogo-furikomi-2026-11-28.txt, then …-2.txt. */
export const exportFileName = (transferDate: string, nth: number) => `sogo-furikomi-${transferDate}${nth > 1 ? `-${nth}` : ''}.txt`;

type Outcome = { ok: true; instruction: InstructionRow; record: TransferRecord } | { ok: false; finding: FoundBreak };

/**
 * The day's payouts for the insurer's bank: for business day D, every payout still instructed, instructed on or before
 * D (Japan), not exported yet and with its payee's account on file goes into one 総合振込 file for transfer date D+1,
 * each record carrying the payout's transfer reference in its EDI情報. The file and its transfers are stored in one
 * transaction; a rerun finds them exported and makes nothing new, and answers with the day's file again. A payout that
 * cannot go (no account, a name the file cannot hold) is a finding until it can.
 */
@Injectable()
export class BankExportJob implements ReconciliationJob {
  readonly name = 'bank-export' as const;
  private readonly logger = new Logger(BankExportJob.name);

  constructor(
    private readonly config: ReconcilerConfig,
    private readonly exports: BankExportRepository,
  ) {}

  async run({ businessDate, asOf, actor, db }: JobRunContext): Promise<JobOutcome> {
    const transferDate = addDays(businessDate, 1);
    const header = this.header(transferDate);
    // A file for a day already gone would be refused by the bank: a rerun of an old day only reports.
    const past = transferDate < japanDateOf(new Date());
    const { found, exported } = await db.transaction(async (tx) => {
      await this.exports.lockExports(tx);
      const candidates = await this.exports.candidates(tx, asOf);
      const outcomes = candidates.map((candidate) => this.instructionFor(candidate, header));
      const writable = outcomes.flatMap((o) => (o.ok ? [o] : []));
      const problems = outcomes.flatMap((o) => (o.ok ? [] : [o.finding]));
      if (writable.length === 0 || past) return { found: problems, exported: 0 };
      // Records in reference order: the order GET /bank-transfer-exports lists the transfers in.
      writable.sort((a, b) => (a.instruction.reference < b.instruction.reference ? -1 : 1));
      const content = writeTransferFile({ header, records: writable.map((w) => w.record) });
      const already = await this.exports.exportsOn(tx, transferDate);
      await this.exports.insert(tx, {
        exportId: randomUUID(),
        transferDate,
        fileName: exportFileName(transferDate, already.length + 1),
        content,
        totalYen: writable.reduce((sum, w) => sum + w.instruction.amountYen, 0),
        createdBy: actor,
        instructions: writable.map((w) => w.instruction),
      });
      return { found: problems, exported: writable.length };
    });
    const files = await this.exports.exportsOn(db, transferDate);
    const latest: ExportRow | undefined = files.at(-1);
    if (exported > 0) this.logger.log(`${latest?.fileName}: ${exported} transfer(s), ${yen(latest?.totalYen ?? 0)}`);
    return {
      found,
      summary: {
        transferDate,
        exportId: latest?.exportId ?? null,
        fileName: latest?.fileName ?? null,
        records: latest?.records ?? 0,
        totalYen: latest?.totalYen ?? 0,
        newlyExported: exported,
        files: files.length,
        notExportable: found.length,
        ...(past ? { skipped: `transfer date ${transferDate} is past: nothing exported` } : {}),
      },
    };
  }

  /** The insurer's own account, as its bank assigned it (reconciler.config.ts). */
  private header(transferDate: string): TransferFileHeader {
    const c = this.config;
    return {
      payerCode: c.ZENGIN_PAYER_CODE,
      // ｰ is not a Zengin character: the configured name goes through the same conversion as payees' (ｰ → -).
      payerName: fitBytes(toZenginKana(c.ZENGIN_PAYER_NAME, 'ZENGIN_PAYER_NAME'), PAYER_NAME_BYTES),
      transferDate,
      bankCode: c.ZENGIN_BANK_CODE,
      branchCode: c.ZENGIN_BRANCH_CODE,
      accountType: c.ZENGIN_ACCOUNT_TYPE as TransferFileHeader['accountType'],
      accountNumber: c.ZENGIN_ACCOUNT_NUMBER,
    };
  }

  /** The payout's record, tried on its own so that one payee the file cannot hold never stops the others. */
  private instructionFor(candidate: ExportCandidate, header: TransferFileHeader): Outcome {
    const base = { severity: 'warning' as const, subjectType: 'payout', subjectId: candidate.payoutId, caseId: candidate.caseId, partnerId: candidate.partnerId, amountYen: candidate.amountYen };
    const who = candidate.payee === 'partner' ? `partner ${candidate.payeeId}` : `the insured of policy ${candidate.payeeId}`;
    const detail = { payee: candidate.payee, payeeId: candidate.payeeId, payeeName: candidate.payeeName, instructedAt: candidate.instructedAt.toISOString() };
    const { account } = candidate;
    if (!account) {
      return {
        ok: false,
        finding: { ...base, kind: 'payee_account_missing', summary: `Payout of ${yen(candidate.amountYen)} to ${candidate.payeeName} cannot be exported: no bank account on file for ${who}`, detail },
      };
    }
    let payeeName: string;
    try {
      payeeName = fitBytes(toZenginKana(account.accountNameKana, '受取人名 (payeeName)'), PAYEE_NAME_BYTES);
    } catch (error) {
      if (!(error instanceof ZenginFormatError)) throw error;
      return { ok: false, finding: this.unwritable(base, candidate, who, 'payee_account_name_unwritable', error, detail) };
    }
    const reference = transferReferenceOf(candidate.payoutId);
    const record: TransferRecord = {
      bankCode: account.bankCode,
      branchCode: account.branchCode,
      accountType: account.accountType,
      accountNumber: account.accountNumber,
      payeeName,
      amountYen: candidate.amountYen,
      ediInfo: reference,
    };
    try {
      writeTransferFile({ header, records: [record] });
    } catch (error) {
      if (!(error instanceof ZenginFormatError)) throw error;
      const kind = error.field.includes('payeeName') ? 'payee_account_name_unwritable' : 'payout_not_writable';
      return { ok: false, finding: this.unwritable(base, candidate, who, kind, error, detail) };
    }
    const instruction: InstructionRow = { payoutId: candidate.payoutId, reference, amountYen: candidate.amountYen, ...account, accountNameKana: payeeName };
    return { ok: true, instruction, record };
  }

  private unwritable(base: Omit<FoundBreak, 'kind' | 'summary'>, candidate: ExportCandidate, who: string, kind: string, error: ZenginFormatError, detail: Record<string, unknown>): FoundBreak {
    return {
      ...base,
      kind,
      summary: `Payout of ${yen(candidate.amountYen)} to ${candidate.payeeName} cannot be exported: the account of ${who} cannot be written to a Zengin file (${error.field}: ${error.reason})`.slice(0, 500),
      detail: { ...detail, field: error.field, reason: error.reason },
    };
  }
}
