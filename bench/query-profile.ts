import { Client } from 'pg';
import { round, Summary, summarize } from './stats';

/**
 * Bench-only diagnostics: every SQL statement this process sends to PostgreSQL through `pg` (TypeORM's
 * driver included, as core runs in this process) between `startQueryProfile()` and `stop()`, with the
 * transaction it belongs to and when the policy lock of a settlement was taken and released. Used on an
 * unmeasured pass after the timed runs, never during them.
 */
export interface QueryProfile {
  settlements: number;
  windowSeconds: number;
  /** Round trips per settlement: inside its transaction (BEGIN … COMMIT), from the policy lock to COMMIT, and everything the process sent. */
  statementsPerSettlement: { inTransaction: number; underPolicyLock: number; all: number };
  /** The most common settlement transaction, statement by statement (×n = n in a row). */
  settlementTransaction: string[];
  /** Statements outside settlement transactions (the response's reads, the outbox relay, …), per settlement. */
  elsewhere: { statement: string; perSettlement: number }[];
  policyLock: {
    /** From asking for the lock to holding it. */
    waitMs: Summary;
    /** From holding it to the end of COMMIT (when it is released). */
    holdMs: Summary;
    /** Share of the window during which some policy lock was held (union of the hold intervals). */
    heldShareOfWindow: number;
  };
}

type AnyQuery = (this: Client, ...args: unknown[]) => unknown;

interface OpenTransaction {
  statements: string[];
  lockRequestedAt?: number;
  lockAcquiredAt?: number;
  underLock: number;
}

const POLICY_LOCK = /FROM "?policies"?\b[\s\S]*FOR NO KEY UPDATE/i;

export function startQueryProfile(): { stop(settlements: number): QueryProfile } {
  const proto = Client.prototype as unknown as { query: AnyQuery };
  const original = proto.query;
  const open = new WeakMap<Client, OpenTransaction>();
  const settlementTx: { statements: string[]; underLock: number; waitMs: number; holdStart: number; holdEnd: number }[] = [];
  const elsewhere = new Map<string, number>();
  let total = 0;
  const windowStart = performance.now();

  proto.query = function (this: Client, ...args: unknown[]): unknown {
    const first = args[0];
    const sql = typeof first === 'string' ? first : typeof (first as { text?: unknown })?.text === 'string' ? (first as { text: string }).text : '';
    const label = statementLabel(sql);
    const startedAt = performance.now();
    total += 1;
    let tx = open.get(this);
    if (/^(START TRANSACTION|BEGIN)/i.test(label)) {
      tx = { statements: [], underLock: 0 };
      open.set(this, tx);
    }
    if (tx) {
      tx.statements.push(label);
      if (tx.lockAcquiredAt !== undefined) tx.underLock += 1;
    } else {
      elsewhere.set(label, (elsewhere.get(label) ?? 0) + 1);
    }
    const result = original.apply(this, args);
    const current = tx;
    const done = () => {
      if (!current) return;
      const endedAt = performance.now();
      if (POLICY_LOCK.test(sql)) {
        current.lockRequestedAt = startedAt;
        current.lockAcquiredAt = endedAt;
      }
      if (/^(COMMIT|ROLLBACK)$/i.test(label)) {
        open.delete(this);
        if (current.lockAcquiredAt !== undefined && current.lockRequestedAt !== undefined) {
          settlementTx.push({
            statements: current.statements,
            underLock: current.underLock,
            waitMs: current.lockAcquiredAt - current.lockRequestedAt,
            holdStart: current.lockAcquiredAt,
            holdEnd: endedAt,
          });
        } else {
          for (const statement of current.statements) elsewhere.set(statement, (elsewhere.get(statement) ?? 0) + 1);
        }
      }
    };
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
    return result;
  };

  return {
    stop(settlements: number): QueryProfile {
      proto.query = original;
      const windowMs = performance.now() - windowStart;
      const n = Math.max(1, settlements);
      const typical = mostCommon(settlementTx.map((t) => t.statements.join('\n')));
      return {
        settlements,
        windowSeconds: round(windowMs / 1000, 3),
        statementsPerSettlement: {
          inTransaction: round(settlementTx.reduce((sum, t) => sum + t.statements.length, 0) / Math.max(1, settlementTx.length), 2),
          underPolicyLock: round(settlementTx.reduce((sum, t) => sum + t.underLock, 0) / Math.max(1, settlementTx.length), 2),
          all: round(total / n, 2),
        },
        settlementTransaction: runLengths(typical ? typical.split('\n') : []),
        elsewhere: [...elsewhere.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([statement, count]) => ({ statement, perSettlement: round(count / n, 2) })),
        policyLock: {
          waitMs: summarize(settlementTx.map((t) => round(t.waitMs, 2))),
          holdMs: summarize(settlementTx.map((t) => round(t.holdEnd - t.holdStart, 2))),
          heldShareOfWindow: round(unionLength(settlementTx.map((t) => [t.holdStart, t.holdEnd])) / windowMs, 3),
        },
      };
    },
  };
}

/** "SELECT policies FOR NO KEY UPDATE", "INSERT limit_counters ON CONFLICT", "COMMIT", … */
export function statementLabel(sql: string): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  const verb = /^(\w+)/.exec(s)?.[1]?.toUpperCase() ?? '';
  const table = (re: RegExp) => re.exec(s)?.[1];
  if (verb === 'SELECT') {
    const from = table(/\bFROM "?(\w+)"?/i);
    if (!from) return s.slice(0, 48);
    const lock = /FOR NO KEY UPDATE/i.test(s) ? ' FOR NO KEY UPDATE' : /FOR UPDATE/i.test(s) ? ' FOR UPDATE' : '';
    return `SELECT ${from}${lock}`;
  }
  if (verb === 'INSERT') return `INSERT ${table(/^INSERT INTO "?(\w+)"?/i) ?? '?'}${/ON CONFLICT/i.test(s) ? ' ON CONFLICT' : ''}`;
  if (verb === 'UPDATE') return `UPDATE ${table(/^UPDATE "?(\w+)"?/i) ?? '?'}`;
  if (verb === 'DELETE') return `DELETE ${table(/^DELETE FROM "?(\w+)"?/i) ?? '?'}`;
  return s.slice(0, 48);
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function runLengths(statements: string[]): string[] {
  const out: { statement: string; n: number }[] = [];
  for (const statement of statements) {
    const last = out[out.length - 1];
    if (last?.statement === statement) last.n += 1;
    else out.push({ statement, n: 1 });
  }
  return out.map(({ statement, n }) => (n > 1 ? `${statement} ×${n}` : statement));
}

function unionLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let length = 0;
  let [start, end] = sorted[0] ?? [0, 0];
  for (const [s, e] of sorted.slice(1)) {
    if (s > end) {
      length += end - start;
      [start, end] = [s, e];
    } else {
      end = Math.max(end, e);
    }
  }
  return length + (end - start);
}
