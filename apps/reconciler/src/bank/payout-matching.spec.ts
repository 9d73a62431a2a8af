import { matchTransactions, type OpenPayout, type ReferencedPayout, type UnmatchedTransaction } from './payout-matching';

const FILE_A = '00000000-0000-4000-8000-00000000000a';
const FILE_B = '00000000-0000-4000-8000-00000000000b';
const CASE = '00000000-0000-4000-8000-0000000000c1';

const transaction = (id: string, over: Partial<UnmatchedTransaction> = {}): UnmatchedTransaction => ({
  transactionId: id,
  bankFileId: FILE_A,
  recordNo: Number(id) + 1,
  valueDate: '2026-11-28',
  amountYen: 1_100_000,
  payeeName: 'ｶ)ﾗﾂｸ',
  ediInfo: null,
  bankReference: null,
  ...over,
});

const open = (payoutId: string, over: Partial<OpenPayout> = {}): OpenPayout => ({
  payoutId,
  caseId: CASE,
  partnerId: 'lac',
  payableYen: 1_100_000,
  instructedAt: new Date('2026-11-27T03:00:00Z'),
  reference: null,
  names: ['ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ', '株式会社ラック'],
  ...over,
});

const referenced = (payoutId: string, reference: string, over: Partial<ReferencedPayout> = {}): ReferencedPayout => ({
  payoutId,
  caseId: CASE,
  partnerId: 'lac',
  reference,
  instructedYen: 1_100_000,
  state: 'instructed',
  matchedTransactionId: null,
  ...over,
});

describe('matching bank transactions to payouts', () => {
  it('matches by reference first, then a half-width name to a full-width account by amount and payee', () => {
    const decisions = matchTransactions({
      transactions: [transaction('1', { ediInfo: 'HUBAAAA', payeeName: 'ﾍﾞﾂﾉﾅﾏｴ' }), transaction('2', { payeeName: 'ｶ)ﾗﾂｸ' })],
      byReference: new Map([['HUBAAAA', referenced('p1', 'HUBAAAA')]]),
      openPayouts: [open('p1', { reference: 'HUBAAAA' }), open('p2', { names: ['カブシキガイシャ　ラック'] })],
      matchedBefore: [],
    });
    expect(decisions.map((d) => [d.outcome, d.outcome === 'matched' ? [d.payoutId, d.matchedBy, d.paymentReference] : null])).toEqual([
      ['matched', ['p1', 'reference', 'HUBAAAA']],
      ['matched', ['p2', 'amount_and_payee', 'bank-file:00000000-0000-4000-8000-00000000000a#3']],
    ]);
  });

  it('says the amount differs when a reference match pays another amount, and matches nothing', () => {
    const [decision] = matchTransactions({
      transactions: [transaction('1', { ediInfo: 'HUBAAAA', amountYen: 1_000_000 })],
      byReference: new Map([['HUBAAAA', referenced('p1', 'HUBAAAA')]]),
      openPayouts: [open('p1', { payableYen: 1_000_000 })],
      matchedBefore: [],
    });
    expect(decision.outcome).toBe('amount_differs');
  });

  it('leaves a transaction unmatched when two payouts fit it, or none was instructed by its value date', () => {
    const decisions = matchTransactions({
      transactions: [transaction('1'), transaction('2', { amountYen: 5_000, valueDate: '2026-11-20' })],
      byReference: new Map(),
      openPayouts: [open('p1'), open('p2'), open('p3', { payableYen: 5_000 })],
      matchedBefore: [],
    });
    // Decisions come in value-date order.
    expect(decisions).toMatchObject([
      { outcome: 'unmatched', transaction: { transactionId: '2' }, candidates: [] },
      { outcome: 'unmatched', transaction: { transactionId: '1' }, candidates: ['p1', 'p2'] },
    ]);
  });

  it('knows the same transfer in a result file and a statement, whichever came first', () => {
    const decisions = matchTransactions({
      transactions: [transaction('1', { ediInfo: 'HUBAAAA', payeeName: 'ｶ)ﾗﾂｸ' }), transaction('2', { bankFileId: FILE_B, payeeName: 'ﾗﾂｸ(ｶ' })],
      byReference: new Map([['HUBAAAA', referenced('p1', 'HUBAAAA')]]),
      openPayouts: [open('p1', { reference: 'HUBAAAA' })],
      matchedBefore: [],
    });
    expect(decisions).toMatchObject([{ outcome: 'matched', payoutId: 'p1', paymentReference: 'HUBAAAA' }, { outcome: 'reported_twice', sameAs: '1' }]);
    const later = matchTransactions({
      transactions: [transaction('3', { ediInfo: 'HUBAAAA', bankFileId: FILE_B })],
      byReference: new Map([['HUBAAAA', referenced('p1', 'HUBAAAA', { matchedTransactionId: '1' })]]),
      openPayouts: [],
      matchedBefore: [],
    });
    expect(later).toMatchObject([{ outcome: 'reported_twice', sameAs: '1' }]);
  });

  it('records a reference match of a payout already paid without confirming it again', () => {
    const [decision] = matchTransactions({
      transactions: [transaction('1', { ediInfo: 'HUBAAAA' })],
      byReference: new Map([['HUBAAAA', referenced('p1', 'HUBAAAA', { state: 'paid' })]]),
      openPayouts: [],
      matchedBefore: [],
    });
    expect(decision).toMatchObject({ outcome: 'matched', payoutId: 'p1', confirm: false });
  });

  it('treats an EDI value that is no reference of ours as no reference', () => {
    const [decision] = matchTransactions({
      transactions: [transaction('1', { ediInfo: 'INV-2026-0042', bankReference: '00012345' })],
      byReference: new Map(),
      openPayouts: [open('p1')],
      matchedBefore: [],
    });
    expect(decision).toMatchObject({ outcome: 'matched', payoutId: 'p1', matchedBy: 'amount_and_payee', paymentReference: '00012345' });
  });
});
