import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { type CreditLine, REDECIDABLE_REASONS } from '@hub/coverage';
import { InvoiceEntity } from './invoice.entity';
import { PayoutEntity } from './payout.entity';
import { SettlementDecisionEntity } from './settlement-decision.entity';

/** A decision with a line cut for a reason a re-decision may undo (the reasons are @hub/coverage's, the path SQL/JSON's). */
const REDECIDABLE_CUT = `$.lines[*].cuts[*] ? (${REDECIDABLE_REASONS.map((reason) => `@.reason == "${reason}"`).join(' || ')})`;

export interface PayoutAmendment {
  payoutId: string;
  creditNoteId: string;
  fromYen: number;
  toYen: number;
  amendedAt: Date;
}

/** Row locks are FOR NO KEY UPDATE: they exclude other writers without blocking foreign-key checks of child rows. */
@Injectable()
export class InvoiceRepository {
  findById(tx: EntityManager, id: string): Promise<InvoiceEntity | null> {
    return tx.getRepository(InvoiceEntity).findOneBy({ id });
  }

  /** An invoice as a caller may see it: `partnerId` is the caller's partner, or undefined for staff (explicitly). */
  findVisibleTo(tx: EntityManager, id: string, partnerId: string | undefined): Promise<InvoiceEntity | null> {
    return tx.getRepository(InvoiceEntity).findOneBy(partnerId === undefined ? { id } : { id, partnerId });
  }

  findForUpdate(tx: EntityManager, id: string): Promise<InvoiceEntity | null> {
    return tx.getRepository(InvoiceEntity).findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  /**
   * A partner's invoice by its number as written, or else by any spelling that normalises the same (the oldest, where
   * spellings from before normalisation left several); the partner id is part of the key.
   */
  async findByNumber(tx: EntityManager, partnerId: string, invoiceNumber: string, normalisedNumber: string): Promise<InvoiceEntity | null> {
    const repository = tx.getRepository(InvoiceEntity);
    return (await repository.findOneBy({ partnerId, invoiceNumber })) ?? repository.findOne({ where: { partnerId, normalisedNumber }, order: { submittedAt: 'ASC' } });
  }

  /**
   * Serialises submissions of one partner's invoice number (in every spelling) until the transaction ends, so two
   * spellings of one invoice submitted at the same moment cannot both pass the duplicate check.
   */
  async lockNumber(tx: EntityManager, kind: 'invoice' | 'credit_note', partnerId: string, normalisedNumber: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${kind}:${partnerId}:${normalisedNumber}`]);
  }

  /**
   * Earlier invoices this one may repeat, in one round trip (it runs for every invoice, before the policy's lock):
   * `same`, the partner's invoice with this number in any spelling; `lookalike`, one with the same partner, order,
   * gross and issue date under another number. Call after `lockNumber`, in a statement of its own, so that it sees
   * whatever a concurrent submission of the same number committed while this one waited.
   */
  async findEarlier(
    tx: EntityManager,
    invoice: Pick<InvoiceEntity, 'partnerId' | 'normalisedNumber' | 'orderId' | 'grossYen' | 'issueDate'>,
  ): Promise<{ same: { id: string; invoiceNumber: string } | null; lookalike: { id: string; invoiceNumber: string } | null }> {
    const rows: { id: string; invoice_number: string; same: boolean }[] = await tx.query(
      `SELECT id, invoice_number, normalised_number = $2 AS same FROM invoices
        WHERE partner_id = $1
          AND (normalised_number = $2 OR (order_id = $3 AND gross_yen = $4 AND issue_date = $5 AND state <> 'rejected'))
        ORDER BY (normalised_number = $2) DESC, submitted_at LIMIT 1`,
      [invoice.partnerId, invoice.normalisedNumber, invoice.orderId, invoice.grossYen, invoice.issueDate],
    );
    const row = rows[0];
    const found = row ? { id: row.id, invoiceNumber: row.invoice_number } : null;
    return { same: row?.same ? found : null, lookalike: row && !row.same ? found : null };
  }

  /** Inserts unless the exact number is taken; false when it was. */
  async insertIfNew(tx: EntityManager, invoice: InvoiceEntity): Promise<boolean> {
    const inserted = await tx.createQueryBuilder().insert().into(InvoiceEntity).values(invoice).orIgnore().returning('id').execute();
    return inserted.raw.length === 1;
  }

  /** Every decision on the invoice, oldest first: its settlement, then re-decisions. The last is its current state. */
  decisionsOf(tx: EntityManager, invoiceId: string): Promise<SettlementDecisionEntity[]> {
    return tx.getRepository(SettlementDecisionEntity).find({ where: { invoiceId }, order: { seq: 'ASC' } });
  }

  async currentDecisionOf(tx: EntityManager, invoiceId: string): Promise<SettlementDecisionEntity | null> {
    const decisions = await this.decisionsOf(tx, invoiceId);
    return decisions.at(-1) ?? null;
  }

  /**
   * The current (last written) decision of every invoice of a policy that still has a line cut by a limit (or for
   * recipients beyond the victims), in the
   * order the invoices were first decided: the candidates for a re-decision. The filter runs in the database, so a
   * policy with thousands of fully covered invoices costs one index scan, not thousands of decisions read.
   */
  async cutDecisionsOfPolicy(tx: EntityManager, policyId: string): Promise<SettlementDecisionEntity[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM (
         SELECT DISTINCT ON (invoice_id) id, decision, min(seq) OVER (PARTITION BY invoice_id) AS first_seq
           FROM settlement_decisions WHERE policy_id = $1
          ORDER BY invoice_id, seq DESC) current
        WHERE jsonb_path_exists(decision, $2::jsonpath)
        ORDER BY first_seq`,
      [policyId, REDECIDABLE_CUT],
    );
    if (rows.length === 0) return [];
    const byId = new Map((await tx.getRepository(SettlementDecisionEntity).findBy({ id: In(rows.map((r) => r.id)) })).map((d) => [d.id, d]));
    return rows.map((r) => byId.get(r.id) as SettlementDecisionEntity);
  }

  insertDecision(tx: EntityManager, decision: SettlementDecisionEntity): Promise<unknown> {
    return tx.getRepository(SettlementDecisionEntity).insert(decision);
  }

  payoutsOf(tx: EntityManager, invoiceId: string): Promise<PayoutEntity[]> {
    return tx.getRepository(PayoutEntity).find({ where: { invoiceId }, order: { instructedAt: 'ASC' } });
  }

  payoutsForUpdate(tx: EntityManager, invoiceId: string): Promise<PayoutEntity[]> {
    return tx.getRepository(PayoutEntity).find({ where: { invoiceId }, order: { instructedAt: 'ASC' }, lock: { mode: 'for_no_key_update' } });
  }

  payoutById(tx: EntityManager, payoutId: string): Promise<PayoutEntity | null> {
    return tx.getRepository(PayoutEntity).findOneBy({ id: payoutId });
  }

  payoutForUpdate(tx: EntityManager, payoutId: string): Promise<PayoutEntity | null> {
    return tx.getRepository(PayoutEntity).findOne({ where: { id: payoutId }, lock: { mode: 'for_no_key_update' } });
  }

  insertPayout(tx: EntityManager, payout: PayoutEntity): Promise<unknown> {
    return tx.getRepository(PayoutEntity).insert(payout);
  }

  savePayout(tx: EntityManager, payout: PayoutEntity): Promise<PayoutEntity> {
    return tx.getRepository(PayoutEntity).save(payout);
  }

  async recordAmendment(tx: EntityManager, amendment: PayoutAmendment): Promise<void> {
    await tx.query('INSERT INTO payout_amendments (id, payout_id, credit_note_id, from_yen, to_yen, amended_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      randomUUID(), amendment.payoutId, amendment.creditNoteId, amendment.fromYen, amendment.toYen, amendment.amendedAt,
    ]);
  }

  /** Amendments of these payouts, by payout id, oldest first. */
  async amendmentsOf(tx: EntityManager, payoutIds: string[]): Promise<Map<string, PayoutAmendment[]>> {
    const byPayout = new Map<string, PayoutAmendment[]>();
    if (payoutIds.length === 0) return byPayout;
    const rows: { payout_id: string; credit_note_id: string; from_yen: string; to_yen: string; amended_at: Date }[] = await tx.query(
      'SELECT payout_id, credit_note_id, from_yen, to_yen, amended_at FROM payout_amendments WHERE payout_id = ANY($1::uuid[]) ORDER BY amended_at, id',
      [payoutIds],
    );
    for (const r of rows) {
      const list = byPayout.get(r.payout_id) ?? [];
      list.push({ payoutId: r.payout_id, creditNoteId: r.credit_note_id, fromYen: Number(r.from_yen), toYen: Number(r.to_yen), amendedAt: r.amended_at });
      byPayout.set(r.payout_id, list);
    }
    return byPayout;
  }

  /** Every credit line of every credit note on these invoices, by invoice id. */
  async creditsOf(tx: EntityManager, invoiceIds: string[]): Promise<Map<string, CreditLine[]>> {
    const byInvoice = new Map<string, CreditLine[]>();
    if (invoiceIds.length === 0) return byInvoice;
    const rows: { invoice_id: string; lines: CreditLine[] }[] = await tx.query('SELECT invoice_id, lines FROM credit_notes WHERE invoice_id = ANY($1::uuid[])', [invoiceIds]);
    for (const r of rows) byInvoice.set(r.invoice_id, [...(byInvoice.get(r.invoice_id) ?? []), ...r.lines]);
    return byInvoice;
  }

  /** Yen a credit note reduced an unpaid payout by, which the insurer had in fact paid: now a recovery due. */
  async reclassifyAsRecovery(tx: EntityManager, creditNoteId: string, yen: number): Promise<void> {
    await tx.query('UPDATE credit_notes SET payout_reduced_yen = payout_reduced_yen - $2, recovery_due_yen = recovery_due_yen + $2 WHERE id = $1', [creditNoteId, yen]);
  }

  async creditNoteExists(tx: EntityManager, partnerId: string, normalisedNumber: string): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM credit_notes WHERE partner_id = $1 AND normalised_number = $2', [partnerId, normalisedNumber]);
    return rows.length > 0;
  }

  async insertCreditNote(
    tx: EntityManager,
    note: { id: string; partnerId: string; number: string; normalisedNumber: string; invoiceId: string; lines: CreditLine[]; grossYen: number; released: unknown; returnInvoice: boolean; payoutReducedYen: number; recoveryDueYen: number },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO credit_notes (id, partner_id, credit_note_number, normalised_number, invoice_id, lines, gross_yen, released, return_invoice, payout_reduced_yen, recovery_due_yen)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [note.id, note.partnerId, note.number, note.normalisedNumber, note.invoiceId, JSON.stringify(note.lines), note.grossYen, JSON.stringify(note.released), note.returnInvoice, note.payoutReducedYen, note.recoveryDueYen],
    );
  }

  save(tx: EntityManager, invoice: InvoiceEntity): Promise<InvoiceEntity> {
    return tx.getRepository(InvoiceEntity).save(invoice);
  }
}
