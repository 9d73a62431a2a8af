import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Callers } from '@hub/auth';
import type { BankTransferExportQueryV1, BankTransferExportsV1 } from '@hub/contracts';
import { checkQuery, notFound, uuidParam } from '@hub/http';
import { BANK_READERS } from './bank-callers';
import { BankExportRepository } from './bank-export.repository';

/** The 総合振込 files the bank-export job made, for finance to hand to the insurer's bank. */
@Controller('bank-transfer-exports')
export class BankTransferExportsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exports: BankExportRepository,
  ) {}

  /** The files of a transfer date, oldest first, each with its transfers (payout, reference, amount, account). */
  @Get()
  @Callers(...BANK_READERS)
  async list(@Query() query: unknown): Promise<BankTransferExportsV1> {
    const { date } = checkQuery<BankTransferExportQueryV1>('http/reconciler/bank-transfer-export-query.v1', query, 200);
    const db = this.dataSource.manager;
    const files = await this.exports.exportsOn(db, date);
    const transfers = await this.exports.instructionsOf(db, files.map((f) => f.exportId));
    return {
      exports: files.map((f) => ({
        exportId: f.exportId,
        transferDate: f.transferDate,
        fileName: f.fileName,
        records: f.records,
        totalYen: f.totalYen,
        createdBy: f.createdBy,
        createdAt: f.createdAt.toISOString(),
        transfers: (transfers.get(f.exportId) ?? []).map((t) => ({
          payoutId: t.payoutId,
          reference: t.reference,
          amountYen: t.amountYen,
          bankCode: t.bankCode,
          branchCode: t.branchCode,
          accountType: t.accountType,
          accountNumber: t.accountNumber,
          accountName: t.accountNameKana,
        })),
      })),
    };
  }

  /** The file byte for byte as stored (Shift_JIS, CRLF-separated 120-byte records), as an attachment. */
  @Get(':exportId/file')
  @Callers(...BANK_READERS)
  async file(@Param('exportId', uuidParam('exportId')) exportId: string): Promise<StreamableFile> {
    const file = await this.exports.file(this.dataSource.manager, exportId);
    if (!file) throw notFound('Bank transfer export', exportId);
    return new StreamableFile(file.content, {
      type: 'application/octet-stream',
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }
}
