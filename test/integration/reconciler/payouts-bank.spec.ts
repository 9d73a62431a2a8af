import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { contractValidator, type PayoutBankConfirmedV1, type PayoutListV3 } from '@hub/contracts';
import { createEnvelope, createKafka, envelopeHeaders, HUB_ENV_HEADER, TOPICS } from '@hub/messaging';
import { eventually, testEnv } from '@hub/testing';
import { readTransferFile, type StatementEntry, type TransferFileHeader, writeStatementFile, writeTransferFile } from '@hub/zengin';
import { addDays, japanDateOf } from '@apps/reconciler/src/jobs/business-date';
import { coreClient } from '../../support/core-client';
import { invoiceFor } from '../../support/invoices';
import { RunningHub, startHub } from '../../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../../support/settlement-setup';

/** The response's bytes as sent (supertest would try to decode them as text). */
const bytesOf = (test: Test) =>
  test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/**
 * Amounts of this run only: the database is shared with other files and earlier runs, whose payouts must never fit. Net
 * at most ¥2.9M: with tax within 10% of the ¥3.3M estimate of the order, so the invoice settles without approval.
 */
const someYen = (from: number) => from + Math.floor(Math.random() * 300_000);

interface MyPayout {
  caseId: string;
  invoiceId: string;
  payoutId: string;
  amountYen: number;
  policyNumber: string;
}

/**
 * Payouts and the insurer's bank, end to end over real PostgreSQL and Kafka: payee accounts registered over HTTP (one
 * in full-width katakana), the day's 総合振込 file exported by the bank-export job and downloaded byte for byte, the
 * bank's result file and a statement imported, the payouts-bank job matching them (by reference, and a half-width
 * statement name without reference to the full-width account by amount and payee), and core confirming the payments it
 * is told of through Kafka. The database is shared: assertions are on this file's own rows.
 */
describe('reconciliation: payouts and the bank (Zengin files)', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;
  let producer: Producer;
  const today = japanDateOf(new Date());
  const transferDate = addDays(today, 1);
  const validator = contractValidator();

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'reconciler'], reconcilerEnv: { PAYOUT_UNPAID_AFTER_DAYS: '1' } });
    core = coreClient(hub.as);
    db = hub.dataSource;
    producer = createKafka(testEnv.brokers.split(','), 'payouts-bank-test').producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await hub?.stop();
  });

  /** A settled LAC invoice of about `netYen` (+10%), its payout to the insured, or to LAC when the insured assigned its claim. */
  async function payout(netYen: number, claimAssignedToPartners: boolean): Promise<MyPayout> {
    const policyNumber = await registerPolicy(core, { claimAssignedToPartners });
    const caseId = await confirmedCase(core, policyNumber);
    const orderId = await acceptedOrder(core, db, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: 'フォレンジック調査', category: 'cause_and_scope_investigation', unitPriceYen: netYen }]);
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body as { invoiceId: string; state: string; payouts: { payoutId: string; amountYen: number; payee: string }[] };
    expect(settled.state).toBe('settled');
    const [p] = settled.payouts;
    expect(p.payee).toBe(claimAssignedToPartners ? 'partner' : 'insured');
    return { caseId, invoiceId: settled.invoiceId, payoutId: p.payoutId, amountYen: p.amountYen, policyNumber };
  }

  const payoutState = async (p: MyPayout) => {
    const listed = (await hub.as.finance.get('/payouts').query({ caseId: p.caseId }).expect(200)).body as PayoutListV3;
    return listed.payouts.find((x) => x.payoutId === p.payoutId);
  };

  const findingsOf = async (job: string, kind: string, caseId: string) =>
    (await hub.reconcilerAs.finance.get('/findings').query({ job, kind, caseId, limit: '200' }).expect(200)).body.findings as { subjectId: string; amountYen: number | null; severity: string; state: string }[];

  const post = (file: Buffer, kind: 'transfer_result' | 'statement', fileName: string, as = hub.reconcilerAs.finance) =>
    as.post('/bank-files').query({ kind, fileName }).set('content-type', 'application/octet-stream').send(file);

  it('exports the day, imports the bank files, matches them and has core confirm the payments', async () => {
    // To LAC by assignment (its account in full-width katakana), to two insureds with accounts, to one without.
    const toLac = await payout(someYen(1_000_000), true);
    const toInsured = await payout(someYen(1_400_000), false);
    const neverReported = await payout(someYen(1_800_000), false);
    const noAccount = await payout(someYen(2_200_000), false);
    // An account on file (written before the API converted names) that a Zengin file cannot hold.
    const badName = await payout(someYen(2_600_000), false);
    await db.query(
      `INSERT INTO payee_bank_accounts (payee_kind, payee_id, bank_code, branch_code, account_type, account_number, account_name_kana, updated_by)
       VALUES ('insured', $1, '0005', '001', '1', '7777777', '株式会社みなと精機', 'test')`,
      [badName.policyNumber],
    );

    const lacAccount = { bankCode: '0009', branchCode: '123', accountType: '1', accountNumber: '7654321', accountName: 'カブシキガイシャ　ラック' };
    const put = await hub.reconcilerAs.finance.put('/payee-accounts/partner/lac').send(lacAccount);
    expect([200, 201]).toContain(put.status);
    expect(validator.validate('http/reconciler/payee-account.v1', put.body).ok).toBe(true);
    expect(put.body).toMatchObject({ payeeKind: 'partner', payeeId: 'lac', accountName: 'ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ', updatedBy: 'staff:ito.finance' });
    const insured = await hub.reconcilerAs.finance
      .put(`/payee-accounts/insured/${toInsured.policyNumber}`)
      .send({ bankCode: '0005', branchCode: '001', accountType: '2', accountNumber: '0012345', accountName: 'ｶ)ﾐﾅﾄｾｲｷ' })
      .expect(201);
    expect(insured.body).toMatchObject({ payeeKind: 'insured', payeeId: toInsured.policyNumber, accountName: 'ｶ)ﾐﾅﾄｾｲｷ' });
    await hub.reconcilerAs.finance
      .put(`/payee-accounts/insured/${toInsured.policyNumber}`)
      .send({ bankCode: '0005', branchCode: '001', accountType: '1', accountNumber: '0012345', accountName: 'ｶ)ﾐﾅﾄｾｲｷ' })
      .expect(200);
    await hub.reconcilerAs.finance
      .put(`/payee-accounts/insured/${neverReported.policyNumber}`)
      .send({ bankCode: '0001', branchCode: '002', accountType: '1', accountNumber: '1111111', accountName: 'ﾐﾅﾄｾｲｷ(ｶ' })
      .expect(201);
    // A name with no Zengin form is refused naming the field and the character; unknown payees are not found.
    const kanji = await hub.reconcilerAs.finance.put(`/payee-accounts/insured/${noAccount.policyNumber}`).send({ ...lacAccount, accountName: '株式会社みなと精機' }).expect(400);
    expect(kanji.body.issues).toEqual([{ field: 'accountName', reason: expect.stringContaining("'株' (U+682A) has no Zengin half-width form") }]);
    await hub.reconcilerAs.finance.put('/payee-accounts/partner/no-such-partner').send(lacAccount).expect(404);
    await hub.reconcilerAs.finance.put('/payee-accounts/insured/CL-NO-SUCH-POLICY').send(lacAccount).expect(404);
    await hub.reconcilerAs.finance.put('/payee-accounts/insurer/x').send(lacAccount).expect(400);
    const listed = (await hub.reconcilerAs.auditor.get('/payee-accounts').query({ payeeKind: 'insured', payeeId: toInsured.policyNumber }).expect(200)).body;
    expect(validator.validate('http/reconciler/payee-accounts.v1', listed).ok).toBe(true);
    expect(listed).toMatchObject({ accounts: [{ payeeId: toInsured.policyNumber, accountType: '1' }], nextCursor: null });

    // The day's file: transfer date tomorrow, one record per payout with an account, the reference in EDI情報.
    const exported = await hub.reconcile('bank-export', today);
    expect(exported.state).toBe('succeeded');
    expect(exported.summary).toMatchObject({ transferDate, exportId: expect.any(String), newlyExported: expect.any(Number) });
    const exportId = exported.summary.exportId as string;
    const exports = (await hub.reconcilerAs.finance.get('/bank-transfer-exports').query({ date: transferDate }).expect(200)).body;
    expect(validator.validate('http/reconciler/bank-transfer-exports.v1', exports).ok).toBe(true);
    const file = (exports.exports as { exportId: string; fileName: string; records: number; totalYen: number; transfers: { payoutId: string; reference: string; amountYen: number; accountName: string }[] }[]).find((e) => e.exportId === exportId);
    if (!file) throw new Error(`export ${exportId} is not listed for ${transferDate}`);
    expect(file.fileName).toMatch(new RegExp(`^sogo-furikomi-${transferDate}(-\\d+)?\\.txt$`));
    expect(exported.summary).toMatchObject({ records: file.records, totalYen: file.totalYen, fileName: file.fileName });
    const transferOf = (p: MyPayout) => file.transfers.find((t) => t.payoutId === p.payoutId);
    expect(transferOf(toLac)).toMatchObject({ amountYen: toLac.amountYen, accountName: 'ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ', reference: expect.stringMatching(/^HUB[A-Z2-7]{17}$/) });
    expect(transferOf(toInsured)).toMatchObject({ amountYen: toInsured.amountYen, accountName: 'ｶ)ﾐﾅﾄｾｲｷ' });
    expect(transferOf(neverReported)).toMatchObject({ amountYen: neverReported.amountYen });
    expect(transferOf(noAccount)).toBeUndefined();
    const missing = await findingsOf('bank-export', 'payee_account_missing', noAccount.caseId);
    expect(missing).toMatchObject([{ subjectId: noAccount.payoutId, severity: 'warning', amountYen: noAccount.amountYen, state: 'open' }]);
    expect(transferOf(badName)).toBeUndefined();
    const unwritable = await findingsOf('bank-export', 'payee_account_name_unwritable', badName.caseId);
    expect(unwritable).toMatchObject([{ subjectId: badName.payoutId, severity: 'warning', amountYen: badName.amountYen }]);

    // Downloaded byte for byte as stored, and read back by the codec: the records are the payouts, EDI the references.
    const download = await bytesOf(hub.reconcilerAs.finance.get(`/bank-transfer-exports/${exportId}/file`)).expect(200);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${file.fileName}"`);
    const bytes = download.body as Buffer;
    const [{ content }]: { content: Buffer }[] = await db.query('SELECT content FROM bank_transfer_exports WHERE id = $1', [exportId]);
    expect(bytes.equals(content)).toBe(true);
    const [group] = readTransferFile(bytes, { today }).groups;
    expect(group.header).toMatchObject({ typeCode: '21', payerCode: '0000012345', payerName: 'ｻｲﾊﾞ-ｿﾝｶﾞｲﾎｹﾝ(ｶ', transferDate, bankCode: '0005', accountNumber: '1234567' });
    expect(group.records.map((r) => r.ediInfo)).toEqual(file.transfers.map((t) => t.reference));
    expect(group.trailer).toEqual({ count: file.records, totalYen: file.totalYen });
    const recordOf = (p: MyPayout) => group.records.find((r) => r.ediInfo === transferOf(p)?.reference);
    expect(recordOf(toLac)).toMatchObject({ bankCode: '0009', branchCode: '123', accountType: '1', accountNumber: '7654321', payeeName: 'ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ', amountYen: toLac.amountYen });
    expect(recordOf(toInsured)).toMatchObject({ accountType: '1', accountNumber: '0012345', payeeName: 'ｶ)ﾐﾅﾄｾｲｷ', amountYen: toInsured.amountYen });

    // A rerun for the day exports nothing new and answers with the same file.
    const again = await hub.reconcile('bank-export', today);
    expect(again.summary).toMatchObject({ exportId, newlyExported: 0, records: file.records, totalYen: file.totalYen });

    // The bank's result file reports the insured's transfer with its reference.
    const header: TransferFileHeader = { ...group.header, transferDate };
    const result = writeTransferFile({ header, records: [recordOf(toInsured) as NonNullable<ReturnType<typeof recordOf>>] });
    const imported = await post(result, 'transfer_result', `kekka-${transferDate}.txt`).expect(201);
    expect(validator.validate('http/reconciler/bank-file-import.v1', imported.body).ok).toBe(true);
    expect(imported.body.transactions).toMatchObject([
      { recordNo: 2, valueDate: transferDate, amountYen: toInsured.amountYen, payeeName: 'ｶ)ﾐﾅﾄｾｲｷ', bankCode: '0005', ediInfo: transferOf(toInsured)?.reference, matchedPayoutId: null },
    ]);
    // The same file again is the first import.
    const twice = await post(result, 'transfer_result', 'kekka-again.txt').expect(200);
    expect(twice.body).toMatchObject({ bankFileId: imported.body.bankFileId, fileName: `kekka-${transferDate}.txt` });

    // The statement: LAC's transfer under its half-width name without reference, the insured's again (with it), one
    // transfer no payout explains, and a deposit (not a payout).
    const strangerYen = someYen(10_000);
    const entry = (inquiryNumber: string, over: Partial<StatementEntry>): StatementEntry => ({
      inquiryNumber, accountDate: transferDate, valueDate: transferDate, direction: 'withdrawal', transactionKind: '11', amountYen: 0, ...over,
    });
    const statement = writeStatementFile({
      accounts: [
        {
          header: { createdDate: transferDate, periodFrom: transferDate, periodTo: transferDate, bankCode: '0005', branchCode: '001', accountType: '1', accountNumber: '0001234567', overdraft: '1', bookKind: '1', openingBalanceYen: 900_000_000 },
          entries: [
            entry('00000101', { amountYen: toLac.amountYen, counterpartyName: 'ｶ)ﾗﾂｸ' }),
            entry('00000102', { amountYen: toInsured.amountYen, counterpartyName: 'ｶ)ﾐﾅﾄｾｲｷ', ediInfo: transferOf(toInsured)?.reference }),
            entry('00000103', { amountYen: strangerYen, counterpartyName: 'ﾃｽﾄ ｼﾖｳｼﾞ' }),
            entry('00000104', { direction: 'deposit', amountYen: 5_000, counterpartyName: 'ｿﾉﾀ' }),
          ],
        },
      ],
    });
    const fromStatement = (await post(statement, 'statement', `meisai-${transferDate}.txt`).expect(201)).body;
    expect(validator.validate('http/reconciler/bank-file-import.v1', fromStatement).ok).toBe(true);
    expect(fromStatement.transactions.map((t: { recordNo: number; bankReference: string; ediInfo: string | null }) => [t.recordNo, t.bankReference, t.ediInfo])).toEqual([
      [2, '00000101', null],
      [3, '00000102', transferOf(toInsured)?.reference],
      [4, '00000103', null],
    ]);
    const strangerId = fromStatement.transactions[2].transactionId as string;

    // Matched: the insured's transfer by reference (the statement's row is the same transfer again), LAC's by amount and payee.
    const matched = await hub.reconcile('payouts-bank', transferDate);
    expect(matched.state).toBe('succeeded');
    const resultRow = (await hub.reconcilerAs.auditor.get(`/bank-files/${imported.body.bankFileId}`).expect(200)).body.transactions[0];
    expect(resultRow).toMatchObject({ matchedPayoutId: toInsured.payoutId, matchedBy: 'reference', matchedAt: expect.any(String) });
    const rows = (await hub.reconcilerAs.finance.get(`/bank-files/${fromStatement.bankFileId}`).expect(200)).body.transactions;
    expect(rows.map((t: { matchedPayoutId: string | null; matchedBy: string | null }) => [t.matchedPayoutId, t.matchedBy])).toEqual([
      [toLac.payoutId, 'amount_and_payee'],
      [null, null],
      [null, null],
    ]);

    // Core hears of it over Kafka and confirms both payments, as the reconciler.
    const paidLac = await eventually(async () => ((await payoutState(toLac))?.state === 'paid' ? payoutState(toLac) : undefined), { what: 'LAC payout paid', timeoutMs: 60_000 });
    expect(paidLac).toMatchObject({ state: 'paid', paymentReference: transferOf(toLac)?.reference, amountYen: toLac.amountYen });
    const paidInsured = await eventually(async () => ((await payoutState(toInsured))?.state === 'paid' ? payoutState(toInsured) : undefined), { what: 'insured payout paid', timeoutMs: 60_000 });
    expect(paidInsured).toMatchObject({ paymentReference: transferOf(toInsured)?.reference });
    expect(paidInsured?.paidAt && new Date(paidInsured.paidAt).toISOString()).toBe(new Date(`${transferDate}T00:00:00+09:00`).toISOString());
    const invoice = (await hub.as.finance.get(`/invoices/${toLac.invoiceId}`).expect(200)).body;
    expect(invoice.state).toBe('paid');
    expect((await core.timeline(toLac.caseId)).filter((e) => e.kind === 'payout_paid')).toMatchObject([{ actor: 'reconciler' }]);

    // Found: the transfer no payout explains, and the payouts unpaid a day after they were instructed.
    const [unmatched]: { kind: string; severity: string; amount_yen: string; subject_type: string }[] = await db.query(
      `SELECT kind, severity, amount_yen::text, subject_type FROM reconciliation_findings WHERE job = 'payouts-bank' AND subject_id = $1`,
      [strangerId],
    );
    expect(unmatched).toEqual({ kind: 'bank_transfer_unmatched', severity: 'warning', amount_yen: String(strangerYen), subject_type: 'bank_transaction' });
    expect(await findingsOf('payouts-bank', 'payout_unpaid', neverReported.caseId)).toMatchObject([{ subjectId: neverReported.payoutId, amountYen: neverReported.amountYen, severity: 'warning' }]);
    expect(await findingsOf('payouts-bank', 'payout_unpaid', noAccount.caseId)).toMatchObject([{ subjectId: noAccount.payoutId }]);
    expect(await findingsOf('payouts-bank', 'payout_unpaid', toLac.caseId)).toEqual([]);
    expect(await findingsOf('payouts-bank', 'bank_transfer_unmatched', toInsured.caseId)).toEqual([]);

    // A rerun matches nothing again, publishes no second confirmation and finds the same findings once.
    const rerun = await hub.reconcile('payouts-bank', transferDate);
    expect(rerun.summary).toMatchObject({ matched: 0, confirmationsPublished: 0 });
    const confirmations: { payout_id: string; n: string }[] = await db.query(
      `SELECT value #>> '{payload,payoutId}' AS payout_id, count(*)::text AS n FROM outbox_messages
        WHERE topic = 'hub.payout.bank-confirmed.v1' AND value #>> '{payload,payoutId}' = ANY($1) GROUP BY 1 ORDER BY 1`,
      [[toLac.payoutId, toInsured.payoutId, neverReported.payoutId]],
    );
    expect(confirmations).toEqual([toLac.payoutId, toInsured.payoutId].sort().map((payout_id) => ({ payout_id, n: '1' })));
    const [{ n: findingRows }]: { n: string }[] = await db.query(`SELECT count(*)::text AS n FROM reconciliation_findings WHERE subject_id = ANY($1)`, [[strangerId, neverReported.payoutId]]);
    expect(findingRows).toBe('2');
    const [{ n: matches }]: { n: string }[] = await db.query(`SELECT count(*)::text AS n FROM bank_transactions WHERE matched_payout_id = ANY($1)`, [[toLac.payoutId, toInsured.payoutId]]);
    expect(matches).toBe('2');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await core.timeline(toLac.caseId)).filter((e) => e.kind === 'payout_paid')).toHaveLength(1);
  });

  it('refuses a bank file that does not parse with 400 naming the record and the field, and stores nothing', async () => {
    const header: TransferFileHeader = { payerCode: '0000012345', payerName: 'ｻｲﾊﾞ-ｿﾝｶﾞｲﾎｹﾝ(ｶ', transferDate, bankCode: '0005', branchCode: '001', accountType: '1', accountNumber: '1234567' };
    const good = writeTransferFile({ header, records: [{ bankCode: '0009', branchCode: '123', accountType: '1', accountNumber: '7654321', payeeName: 'ﾃｽﾄ', amountYen: someYen(1_000), ediInfo: 'NOTOURS1' }] });
    const bad = Buffer.from(good);
    // Record 2 (after the 120-byte header and its CRLF), byte 85: inside 振込金額.
    bad[122 + 84] = 'X'.charCodeAt(0);
    const refused = await post(bad, 'transfer_result', 'broken.txt').expect(400);
    expect(refused.body).toMatchObject({ error: 'bank_file_unreadable', issues: [{ field: 'record 2: 振込金額 (amountYen)', reason: expect.stringContaining('must be digits') }] });
    const truncated = await post(good.subarray(0, 200), 'transfer_result', 'short.txt').expect(400);
    expect(truncated.body.issues[0].field).toMatch(/^record 2: /);
    const wrongKind = await post(good, 'statement', 'not-a-statement.txt').expect(400);
    expect(wrongKind.body.issues[0].field).toMatch(/^record 1: /);
    const { createHash } = await import('node:crypto');
    const hashes = [bad, good.subarray(0, 200), good].map((b) => createHash('sha256').update(b).digest('hex'));
    const [{ n }]: { n: string }[] = await db.query('SELECT count(*)::text AS n FROM bank_files WHERE sha256 = ANY($1)', [hashes]);
    expect(n).toBe('0');
    // Another company's file is not imported either; nor JSON, nor nothing.
    const foreign = writeTransferFile({ header: { ...header, payerCode: '9999999999' }, records: [{ bankCode: '0009', branchCode: '123', accountType: '1', accountNumber: '7654321', payeeName: 'ﾃｽﾄ', amountYen: 1_000, ediInfo: 'NOTOURS2' }] });
    expect((await post(foreign, 'transfer_result', 'foreign.txt').expect(422)).body.issues).toEqual([{ field: 'record 1: 振込依頼人コード (payerCode)', reason: "is 9999999999, not the insurer's 0000012345" }]);
    await hub.reconcilerAs.finance.post('/bank-files').query({ kind: 'statement', fileName: 'a.json' }).send({ file: 'x' }).expect(400);
    expect((await hub.reconcilerAs.finance.post('/bank-files').query({ kind: 'notice', fileName: 'a.txt' }).set('content-type', 'application/octet-stream').send(good).expect(400)).body.issues).toEqual([
      { field: 'kind', reason: 'must be one of: transfer_result, statement' },
    ]);
  });

  it('lets finance write and finance and auditors read; partners and coordinators are refused on every bank route', async () => {
    const account = { bankCode: '0009', branchCode: '123', accountType: '1', accountNumber: '7654321', accountName: 'ｶ)ﾗﾂｸ' };
    const [someExport]: { id: string }[] = await db.query('SELECT id FROM bank_transfer_exports LIMIT 1');
    const [someFile]: { id: string }[] = await db.query('SELECT id FROM bank_files LIMIT 1');
    const exportId = someExport?.id ?? '00000000-0000-4000-8000-000000000000';
    const fileId = someFile?.id ?? '00000000-0000-4000-8000-000000000000';
    const file = Buffer.from('1');
    for (const as of [hub.reconcilerAs.partner.lac, hub.reconcilerAs.coordinator]) {
      await as.put('/payee-accounts/partner/lac').send(account).expect(403);
      await as.get('/payee-accounts').expect(403);
      await as.get('/bank-transfer-exports').query({ date: transferDate }).expect(403);
      await as.get(`/bank-transfer-exports/${exportId}/file`).expect(403);
      await as.post('/bank-files').query({ kind: 'statement', fileName: 'x.txt' }).set('content-type', 'application/octet-stream').send(file).expect(403);
      await as.get(`/bank-files/${fileId}`).expect(403);
    }
    await hub.reconcilerAs.auditor.put('/payee-accounts/partner/lac').send(account).expect(403);
    await hub.reconcilerAs.auditor.post('/bank-files').query({ kind: 'statement', fileName: 'x.txt' }).set('content-type', 'application/octet-stream').send(file).expect(403);
    await hub.reconcilerAs.auditor.get('/bank-transfer-exports').query({ date: transferDate }).expect(200);
    await hub.reconcilerAs.anonymous.get('/payee-accounts').expect(401);
    expect((await hub.reconcilerAs.finance.get('/bank-transfer-exports').expect(400)).body.issues).toEqual([{ field: 'date', reason: 'is required' }]);
    await hub.reconcilerAs.finance.get('/bank-transfer-exports/00000000-0000-4000-8000-000000000000/file').expect(404);
  });

  /** A bank confirmation as the reconciler publishes it, sent straight to core's inbox. */
  async function confirm(p: MyPayout, payload: Partial<PayoutBankConfirmedV1>): Promise<string> {
    const envelope = createEnvelope(TOPICS.payoutBankConfirmed, {
      caseId: p.caseId,
      partnerId: 'lac',
      correlationId: `payouts-bank-${p.payoutId}`,
      payload: { payoutId: p.payoutId, amountYen: p.amountYen, paymentReference: 'HUBTESTREFERENCE0001', paidAt: `${transferDate}T00:00:00+09:00`, bankFileId: randomUUID(), bankTransactionId: '1', matchedBy: 'reference', ...payload },
    });
    await producer.send({ topic: TOPICS.payoutBankConfirmed.name, messages: [{ key: p.caseId, value: JSON.stringify(envelope), headers: { ...envelopeHeaders(envelope), [HUB_ENV_HEADER]: testEnv.hubEnv } }] });
    return envelope.eventId;
  }

  const outcomeOf = (eventId: string) =>
    eventually(async () => {
      const [row]: { outcome: string }[] = await db.query(`SELECT outcome FROM processed_events WHERE event_key = $1 AND consumer_group = $2`, [eventId, `${testEnv.hubEnv}.core`]);
      return row?.outcome;
    }, { what: `core to settle ${eventId}`, timeoutMs: 60_000 });

  it('core: a confirmation it refuses is dead-lettered at once, one for a payment already recorded under its reference changes nothing', async () => {
    const p = await payout(someYen(1_000_000), false);
    // Not the amount instructed: ConfirmPayment refuses (422 over HTTP); the inbox dead-letters the Refusal without retrying.
    const wrong = await confirm(p, { amountYen: p.amountYen - 1 });
    expect(await outcomeOf(wrong)).toBe('dead_lettered');
    const [letter]: { error_name: string; attempts: number }[] = await db.query('SELECT error_name, attempts FROM dead_letters WHERE event_id = $1', [wrong]);
    expect(letter).toEqual({ error_name: 'amount_mismatch', attempts: 1 });
    expect((await payoutState(p))?.state).toBe('instructed');
    // The right amount: paid, by the reconciler.
    expect(await outcomeOf(await confirm(p, {}))).toBe('handled');
    expect(await payoutState(p)).toMatchObject({ state: 'paid', paymentReference: 'HUBTESTREFERENCE0001' });
    // The same payment told again (another event id): nothing changes, nothing is dead-lettered.
    const again = await confirm(p, { bankTransactionId: '2' });
    expect(await outcomeOf(again)).toBe('handled');
    expect((await core.timeline(p.caseId)).filter((e) => e.kind === 'payout_paid')).toMatchObject([{ actor: 'reconciler' }]);
    // Paid under another reference: refused (payout_already_paid) and dead-lettered for a person, not retried.
    const other = await confirm(p, { paymentReference: 'SOMETHING-ELSE' });
    expect(await outcomeOf(other)).toBe('dead_lettered');
    const [otherLetter]: { error_name: string }[] = await db.query('SELECT error_name FROM dead_letters WHERE event_id = $1', [other]);
    expect(otherLetter.error_name).toBe('payout_already_paid');
  });
});
