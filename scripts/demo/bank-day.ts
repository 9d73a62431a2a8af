import { callReconciler, expectStatus, PEOPLE, say, waitFor, yen } from './demo-client';

/** The demo payee's account: I.S.Rating's, as its bank registered the name (full-width katakana; stored half-width). */
const ISR_ACCOUNT = { bankCode: '0001', branchCode: '001', accountType: '1', accountNumber: '7654321', accountName: 'カ）アイエスレーティング' };
/** The insured's, where the claim is not assigned and the insurer pays the insured. */
const INSURED_ACCOUNT = { bankCode: '0009', branchCode: '123', accountType: '1', accountNumber: '1234567', accountName: 'カ）デモシヨウジ' };

/** Japan's date now. */
const todayInJapan = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

async function runJob(job: string, date: string): Promise<void> {
  const startedAfter = new Date().toISOString();
  await expectStatus(`run ${job}`, callReconciler('finance', 'POST', '/runs', { job, date }), 202);
  await waitFor(`${job} to run`, 120, async () => {
    const { runs } = await expectStatus('runs', callReconciler('finance', 'GET', `/runs?job=${job}&businessDate=${date}&limit=5`), 200);
    const run = (runs as { state: string; startedAt: string; error: string | null }[]).find((r) => r.startedAt >= startedAfter && r.state !== 'running');
    if (run?.state === 'failed') throw new Error(`${job} failed: ${run.error}`);
    return run;
  });
}

/**
 * The insurer's bank day for the trust-recovery payouts: finance records the payee's account, the reconciler writes the
 * day's 総合振込 file, "the bank" pays it and sends back its result file (the same 120-byte records), the reconciler
 * matches each transfer to its payout by reference and core marks it paid — nobody types a payment in.
 */
export async function payThroughTheBank(payouts: { payoutId: string; payee: string; amountYen: number }[], policyNumber: string): Promise<void> {
  for (const payee of new Set(payouts.map((p) => p.payee))) {
    const [path, account] = payee === 'partner' ? ['/payee-accounts/partner/isr', ISR_ACCOUNT] : [`/payee-accounts/insured/${policyNumber}`, INSURED_ACCOUNT];
    await expectStatus('payee account', callReconciler('finance', 'PUT', path, account), 200, 201);
  }
  const date = todayInJapan();
  await runJob('bank-export', date);
  // The file of business day D is for the bank's transfer on D+1: the list is by transfer date.
  const transferDate = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const { exports } = await expectStatus('transfer files', callReconciler('finance', 'GET', `/bank-transfer-exports?date=${transferDate}`), 200);
  const file = (exports as { exportId: string; records: number; totalYen: number; fileName?: string }[]).at(-1);
  if (!file) throw new Error('bank-export wrote no transfer file');
  const { bytes } = await callReconciler('finance', 'GET', `/bank-transfer-exports/${file.exportId}/file`);
  say(`総合振込 file for ${transferDate}: ${file.records} transfer(s), ${yen(file.totalYen)} — handed to the bank by ${PEOPLE.finance}`);
  // The bank's result file: the transfers as made, in the same layout.
  await expectStatus('bank result', callReconciler('finance', 'POST', `/bank-files?kind=transfer_result&fileName=result-${date}.txt`, undefined, bytes), 200, 201);
  // The bank reports the transfers on their value date, the next day: that night's run matches them.
  await runJob('payouts-bank', transferDate);
  say(`the bank's result file matched: ${payouts.map((p) => `${yen(p.amountYen)} to the ${p.payee}`).join(', ')} confirmed paid by the reconciler`);
}
