import { randomUUID } from 'node:crypto';
import { japanDateOf } from '@apps/reconciler/src/jobs/business-date';
import { coreClient } from '../support/core-client';
import { invoiceFor } from '../support/invoices';
import { type ExampleWalk, exampleWalk, listedIn } from '../support/openapi-example-walk';
import { type RunningHub, startHub } from '../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/**
 * Issue 12, first contact: every example in the reconciler's API document is a request that succeeds against the hub.
 * The walk (test/support/openapi-example-walk.ts) sends each operation of the document the reconciler serves with its
 * examples, as the caller its x-hub-callers names first, expecting the 2xx it documents; it fills in only the ids the
 * reconciler makes (a run's, a finding's, an export's, a bank file's) and the bank file's bytes, which a document cannot
 * hold. What the jobs find needs something to find: a payout to LAC to export, and one of LAC's dead letters left open.
 */
describe('reconciler API document: every example succeeds against the hub', () => {
  let hub: RunningHub;
  let walk: ExampleWalk;
  const send: ExampleWalk['send'] = (operationId, target) => walk.send(operationId, target);

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'reconciler'] });
    walk = await exampleWalk(hub.reconcilerUrl, hub.reconcilerAs);
  }, 180_000);
  afterAll(() => hub?.stop());

  /** A settled LAC invoice whose payout goes to LAC (the insured assigned its claim): something for the bank. */
  async function payoutToLac(): Promise<void> {
    const core = coreClient(hub.as);
    const policyNumber = await registerPolicy(core, { claimAssignedToPartners: true });
    const caseId = await confirmedCase(core, policyNumber);
    const orderId = await acceptedOrder(core, hub.dataSource, caseId);
    const invoice = invoiceFor('lac', orderId, [{ description: 'フォレンジック調査', category: 'cause_and_scope_investigation', unitPriceYen: 800_000 }]);
    const settled = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body as { payouts: { payee: string }[] };
    expect(settled.payouts.map((p) => p.payee)).toEqual(['partner']);
  }

  /** One of LAC's messages a consumer gave up on, as the inbox leaves it. */
  async function lacDeadLetter(): Promise<string> {
    const id = randomUUID();
    await hub.dataSource.query(
      `INSERT INTO dead_letters (id, consumer_group, app_name, source_topic, source_partition, source_offset, event_key, event_id, case_id, partner_id,
                                 original_key, original_value, original_headers, error_name, error_message, attempts, failed_at)
       VALUES ($1, 'test.adapter-lac', 'adapter-lac', 'hub.order.issued.v1', 0, '42', $2, $2, $2, 'lac', $2, '{}', '{}', 'ContractViolation',
               'payload.scope: must not be empty', 5, now() - interval '2 hours')`,
      [id, randomUUID()],
    );
    return id;
  }

  it('walks the examples of every operation, each answered as the document says', async () => {
    await send('health');
    await send('liveness');
    await send('readiness');
    await send('metrics');

    // LAC's bank account, then a payout to LAC in the day's transfer file.
    await send('putPayeeAccount');
    expect(listedIn(await send('listPayeeAccounts')).map((a) => a.payeeId)).toEqual(['lac']);
    await payoutToLac();
    const exported = await hub.reconcile('bank-export', japanDateOf(new Date()));
    expect(exported.state).toBe('succeeded');
    const exportId = String(exported.summary.exportId);
    await send('listBankTransferExports');
    await send('getBankTransferExportFile', { path: { exportId } });

    // The bank's result for that file, imported.
    const [{ content }]: { content: Buffer }[] = await hub.dataSource.query('SELECT content FROM bank_transfer_exports WHERE id = $1', [exportId]);
    const imported = await send('importBankFile', { file: content });
    await send('getBankFile', { path: { bankFileId: String(imported[0].body.bankFileId) } });

    // The messaging-health job's day in the examples finds LAC's dead letter; an operator resolves the finding.
    const deadLetterId = await lacDeadLetter();
    const run = await hub.reconcile('messaging-health', '2026-11-27');
    expect(run.state).toBe('succeeded');
    expect(listedIn(await send('listRuns')).map((r) => r.runId)).toContain(run.id);
    await send('getRun', { path: { runId: run.id } });
    const finding = listedIn(await send('listFindings')).find((f) => f.subjectId === deadLetterId);
    if (!finding) throw new Error(`no open finding for dead letter ${deadLetterId}`);
    await send('getFinding', { path: { findingId: String(finding.findingId) } });
    await send('resolveFinding', { path: { findingId: String(finding.findingId) } });

    // The example asks for payouts-bank, which finance runs by hand (an operator may ask for the others).
    await send('requestRun', { as: 'finance' });
    await send('getMonthEndStatement');

    expect(walk.unsent()).toEqual([]);
  }, 180_000);

  it('gives every request body an example (but the bank file), and every query and header parameter one where a value can work for anyone', () => {
    expect(walk.missingExamples(/(Id|cursor)$/)).toEqual([]);
  });
});
