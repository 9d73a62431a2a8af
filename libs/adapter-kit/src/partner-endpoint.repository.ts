import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface EndpointState {
  partnerId: string;
  disabledAt: Date | null;
  disabledReason: 'gone' | 'failing' | null;
  disabledError: string | null;
  consecutiveFailures: number;
  failingSince: Date | null;
  breakerOpenUntil: Date | null;
  slowedUntil: Date | null;
}

/**
 * The state of a partner's endpoint that decides whether its deliveries go out: slowed down (429/503), its circuit
 * breaker, how long it has been failing, and disabled (410 Gone, or failing for days) until an operator enables it.
 */
@Injectable()
export class PartnerEndpointRepository {
  /** The partner asked us to wait: no delivery of it is claimed before `forMs` from now. */
  async slowDown(tx: EntityManager, partnerId: string, forMs: number): Promise<void> {
    await tx.query(
      `INSERT INTO partner_endpoints (partner_id, slowed_until) VALUES ($1, now() + ($2 || ' milliseconds')::interval)
       ON CONFLICT (partner_id) DO UPDATE SET slowed_until = GREATEST(partner_endpoints.slowed_until, EXCLUDED.slowed_until)`,
      [partnerId, String(forMs)],
    );
  }

  /** The partner answered: its breaker closes and it is no longer failing. */
  async partnerAnswered(tx: EntityManager, partnerId: string): Promise<void> {
    await tx.query(
      `UPDATE partner_endpoints SET consecutive_failures = 0, breaker_open_until = NULL, failing_since = NULL
        WHERE partner_id = $1 AND (consecutive_failures > 0 OR failing_since IS NOT NULL)`,
      [partnerId],
    );
  }

  /**
   * Another failed attempt in a row; from `threshold` on, the breaker (re)opens for `coolDownMs` × 2^(failures −
   * threshold), at most `maxCoolDownMs`. A failure that lands while the breaker is open is an attempt claimed before
   * it opened (up to a full set of calls in flight): it neither counts nor extends the cool-down, which so doubles
   * per failed probe, not per call that was already on its way. Returns the failures in a row and how long the
   * partner has been failing.
   */
  async partnerFailed(tx: EntityManager, partnerId: string, threshold: number, coolDownMs: number, maxCoolDownMs: number): Promise<{ failures: number; failingForMs: number }> {
    await tx.query(`INSERT INTO partner_endpoints (partner_id) VALUES ($1) ON CONFLICT DO NOTHING`, [partnerId]);
    const [state]: { open: boolean }[] = await tx.query(
      `SELECT COALESCE(breaker_open_until > now(), false) AS open FROM partner_endpoints WHERE partner_id = $1 FOR UPDATE`,
      [partnerId],
    );
    const [[row]]: [{ consecutive_failures: number; failing_for_ms: string }[], number] = await tx.query(
      `UPDATE partner_endpoints
          SET consecutive_failures = consecutive_failures + (CASE WHEN $2 THEN 0 ELSE 1 END), failing_since = COALESCE(failing_since, now())
        WHERE partner_id = $1
        RETURNING consecutive_failures, (extract(epoch FROM now() - failing_since) * 1000)::bigint AS failing_for_ms`,
      [partnerId, state.open],
    );
    const failures = row.consecutive_failures;
    if (!state.open && failures >= threshold) {
      const openMs = Math.min(maxCoolDownMs, coolDownMs * 2 ** Math.min(30, failures - threshold));
      await tx.query(`UPDATE partner_endpoints SET breaker_open_until = now() + ($2 || ' milliseconds')::interval WHERE partner_id = $1`, [partnerId, String(openMs)]);
    }
    return { failures, failingForMs: Number(row.failing_for_ms) };
  }

  /** Disables the endpoint; true only for the call that disabled it (so its alert goes out once). */
  async disable(tx: EntityManager, partnerId: string, reason: 'gone' | 'failing', error: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO partner_endpoints AS p (partner_id, disabled_at, disabled_reason, disabled_error) VALUES ($1, now(), $2, $3)
       ON CONFLICT (partner_id) DO UPDATE SET disabled_at = now(), disabled_reason = $2, disabled_error = $3 WHERE p.disabled_at IS NULL
       RETURNING partner_id`,
      [partnerId, reason, error],
    );
    return rows.length === 1;
  }

  /** An operator enables the endpoint again, with a clean slate; false when it was not disabled. */
  async enable(tx: EntityManager, partnerId: string): Promise<boolean> {
    // An UPDATE answers [rows, count] through TypeORM's postgres driver.
    const [rows]: [unknown[], number] = await tx.query(
      `UPDATE partner_endpoints
          SET disabled_at = NULL, disabled_reason = NULL, disabled_error = NULL, consecutive_failures = 0, failing_since = NULL, breaker_open_until = NULL
        WHERE partner_id = $1 AND disabled_at IS NOT NULL RETURNING partner_id`,
      [partnerId],
    );
    return rows.length === 1;
  }

  async stateOf(tx: EntityManager, partnerId: string): Promise<EndpointState> {
    const rows: {
      disabled_at: Date | null; disabled_reason: EndpointState['disabledReason']; disabled_error: string | null; consecutive_failures: number;
      failing_since: Date | null; breaker_open_until: Date | null; slowed_until: Date | null;
    }[] = await tx.query('SELECT * FROM partner_endpoints WHERE partner_id = $1', [partnerId]);
    const r = rows[0];
    return {
      partnerId,
      disabledAt: r?.disabled_at ?? null,
      disabledReason: r?.disabled_reason ?? null,
      disabledError: r?.disabled_error ?? null,
      consecutiveFailures: r?.consecutive_failures ?? 0,
      failingSince: r?.failing_since ?? null,
      breakerOpenUntil: r?.breaker_open_until ?? null,
      slowedUntil: r?.slowed_until ?? null,
    };
  }
}
