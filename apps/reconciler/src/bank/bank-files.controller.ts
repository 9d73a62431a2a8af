import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel, CallerContext, Callers, LARGE_BODY_BYTES } from '@hub/auth';
import type { BankFileImportQueryV1, BankFileImportV1 } from '@hub/contracts';
import { checkQuery, invalidInput, notFound, uuidParam } from '@hub/http';
import { japanDateOf } from '../jobs/business-date';
import { ReconcilerConfig } from '../reconciler.config';
import { BANK_READERS, BANK_WRITERS } from './bank-callers';
import { readBankFile } from './bank-file-reader';
import { bankFileView, BankFilesRepository } from './bank-files.repository';

const BANK_FILE_MEDIA_TYPE = 'application/octet-stream';

/**
 * What the bank-file route takes, for the app's HTTP edge: the file's own bytes (not JSON), up to 8 MB — a statement
 * of some 40,000 rows, a transfer result of some 65,000 transfers.
 */
export const BANK_FILE_ROUTES = {
  // Express routes match case-insensitively and with a trailing slash: so do these.
  bodyLimits: [{ method: 'POST', path: /^\/bank-files\/?$/i, bytes: 8 * LARGE_BODY_BYTES }],
  otherMediaTypes: [{ path: /^\/bank-files\/?$/i, types: [BANK_FILE_MEDIA_TYPE] }],
};

/**
 * Files the insurer's bank sends back, imported as finance downloads them: a 総合振込 result or an 入出金取引明細. The
 * transfers they report are matched to payouts by the payouts-bank job (POST /runs to run it now).
 */
@Controller('bank-files')
export class BankFilesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ReconcilerConfig,
    private readonly files: BankFilesRepository,
  ) {}

  /**
   * Imports the file sent as the body (Content-Type application/octet-stream): 201 with its outgoing transfers; 200
   * with the first import when the same bytes were imported before. A file that does not parse is refused with 400
   * naming the record and the field, one of another company or account with 422; either way nothing is stored.
   */
  @Post()
  @Callers(...BANK_WRITERS)
  async import(
    @Query() query: unknown,
    @Body() body: unknown,
    @Req() request: Request,
    @CallerContext() { actor }: ActorContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BankFileImportV1> {
    const { kind, fileName } = checkQuery<BankFileImportQueryV1>('http/reconciler/bank-file-import-query.v1', query, 200);
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== BANK_FILE_MEDIA_TYPE) {
      throw invalidInput(`The bank file must be sent as ${BANK_FILE_MEDIA_TYPE}, not ${mediaType || '(none)'}`, [{ field: 'content-type', reason: `must be ${BANK_FILE_MEDIA_TYPE}` }]);
    }
    if (!Buffer.isBuffer(body) || body.length === 0) throw invalidInput('The request has no bank file', [{ field: '(body)', reason: 'must be the bank file' }]);
    const transactions = readBankFile(kind, body, japanDateOf(new Date()), {
      payerCode: this.config.ZENGIN_PAYER_CODE,
      bankCode: this.config.ZENGIN_BANK_CODE,
      branchCode: this.config.ZENGIN_BRANCH_CODE,
      accountNumber: this.config.ZENGIN_ACCOUNT_NUMBER,
    });
    const sha256 = createHash('sha256').update(body).digest('hex');
    const { bankFileId, created } = await this.dataSource.transaction((tx) =>
      this.files.importFile(tx, { bankFileId: randomUUID(), kind, fileName, sha256, content: body, importedBy: actorLabel(actor), transactions }),
    );
    response.status(created ? 201 : 200);
    return this.view(bankFileId);
  }

  /** An import with its transfers and what each was matched to so far. */
  @Get(':bankFileId')
  @Callers(...BANK_READERS)
  async one(@Param('bankFileId', uuidParam('bankFileId')) bankFileId: string): Promise<BankFileImportV1> {
    return this.view(bankFileId);
  }

  private async view(bankFileId: string): Promise<BankFileImportV1> {
    const db = this.dataSource.manager;
    const file = await this.files.byId(db, bankFileId);
    if (!file) throw notFound('Bank file', bankFileId);
    return bankFileView(file, await this.files.transactionsOf(db, bankFileId));
  }
}
