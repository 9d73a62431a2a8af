import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel, CallerContext, Callers } from '@hub/auth';
import type { PayeeAccountQueryV1, PayeeAccountRequestV1 } from '@hub/contracts';
import { checkQuery, ContractBodyPipe, cursorRefused, DEFAULT_PAGE_SIZE, invalidInput, notFound } from '@hub/http';
import { findPartner } from '@hub/partners';
import { toZenginKana, ZenginFormatError } from '@hub/zengin';
import { BANK_READERS, BANK_WRITERS } from './bank-callers';
import { decodePayeeCursor, PayeeAccountRepository, payeeAccountView, type PayeeKind } from './payee-account.repository';

const PAYEE_KINDS: readonly PayeeKind[] = ['partner', 'insured'];
const POLICY_NUMBER = /^[A-Z0-9-]{4,40}$/;

/**
 * The account name in the form the bank file holds it: full-width katakana, hiragana and full-width letters become
 * Zengin half-width kana (カブシキガイシャ\u3000ラック → ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ), spaces collapsed; a character with no such form is
 * refused naming it, before anything is stored.
 */
function zenginAccountName(name: string): string {
  let kana: string;
  try {
    kana = toZenginKana(name, 'accountName');
  } catch (error) {
    if (error instanceof ZenginFormatError) throw invalidInput(`Request body is invalid: accountName ${error.reason}`, [{ field: 'accountName', reason: error.reason }]);
    throw error;
  }
  const collapsed = kana.replace(/ {2,}/g, ' ').trim();
  if (collapsed.length === 0) throw invalidInput('Request body is invalid: accountName has no characters', [{ field: 'accountName', reason: 'must hold at least one character other than spaces' }]);
  return collapsed;
}

/** Where each payee is paid: the transfer file (bank-export) names these accounts. */
@Controller('payee-accounts')
export class PayeeAccountsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: PayeeAccountRepository,
  ) {}

  /** Every payee's account by kind then id, a page at a time. */
  @Get()
  @Callers(...BANK_READERS)
  async list(@Query() query: unknown) {
    const q = checkQuery<PayeeAccountQueryV1>('http/reconciler/payee-account-query.v1', query, 200);
    const after = q.cursor === undefined ? undefined : decodePayeeCursor(q.cursor);
    if (after === null) throw cursorRefused();
    const limit = q.limit === undefined ? DEFAULT_PAGE_SIZE : Number(q.limit);
    const { items, nextCursor } = await this.accounts.page(this.dataSource.manager, q, limit, after);
    return { accounts: items.map(payeeAccountView), nextCursor };
  }

  /**
   * Records the account a payee is paid to (201 when it had none, 200 when it replaces one). The payee must exist: a
   * partner of the directory, or an insured by its policy number. Transfers already exported keep their account.
   */
  @Put(':payeeKind/:payeeId')
  @Callers(...BANK_WRITERS)
  async put(
    @Param('payeeKind') payeeKind: string,
    @Param('payeeId') payeeId: string,
    @Body(new ContractBodyPipe('http/reconciler/payee-account-request.v1')) body: PayeeAccountRequestV1,
    @CallerContext() { actor }: ActorContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!PAYEE_KINDS.includes(payeeKind as PayeeKind)) throw invalidInput(`payeeKind must be partner or insured`, [{ field: 'payeeKind', reason: 'must be one of: partner, insured' }]);
    const kind = payeeKind as PayeeKind;
    if (kind === 'partner' && !findPartner(payeeId)) throw notFound('Partner', payeeId);
    if (kind === 'insured' && !(POLICY_NUMBER.test(payeeId) && (await this.accounts.policyExists(this.dataSource.manager, payeeId)))) throw notFound('Policy', payeeId);
    const accountNameKana = zenginAccountName(body.accountName);
    const { row, created } = await this.accounts.upsert(
      this.dataSource.manager,
      kind,
      payeeId,
      { bankCode: body.bankCode, branchCode: body.branchCode, accountType: body.accountType, accountNumber: body.accountNumber, accountNameKana },
      actorLabel(actor),
    );
    response.status(created ? 201 : 200);
    return payeeAccountView(row);
  }
}
