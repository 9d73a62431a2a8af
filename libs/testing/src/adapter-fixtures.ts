import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractValidator, type OrderIssuedV1 } from '@hub/contracts';
import type { AdapterDefinition } from '@hub/adapter-kit';

type Fixture = Record<string, unknown>;

const fixturesIn = (dir: string): [string, Fixture][] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture])
    : [];

/**
 * The kit's fixture runner: one test per file, for every native version of an adapter. Under
 * `<fixturesDir>/v<N>/`:
 * - `callbacks/ok/*.json` `{ callback, expected }`: valid under the version's contract, mapped to `expected`, a
 *   valid canonical status about the callback's order;
 * - `callbacks/not-ok/*.json` `{ callback, expectIssue }`: refused at the edge, naming the field;
 * - `orders/ok/*.json` `{ order, expected }`: the canonical order maps to `expected`, which the partner's contract accepts.
 * A new partner quirk is then a new file, not new code. Every version must have at least one of each ok kind.
 */
export function describeAdapterFixtures(definition: AdapterDefinition, fixturesDir: string): void {
  const validator = contractValidator();
  for (const { version, mapping } of definition.versions) {
    const dir = join(fixturesDir, `v${version}`);
    describe(`${definition.partnerId} native v${version} fixtures`, () => {
      const callbacksOk = fixturesIn(join(dir, 'callbacks/ok'));
      const callbacksNotOk = fixturesIn(join(dir, 'callbacks/not-ok'));
      const ordersOk = fixturesIn(join(dir, 'orders/ok'));

      it('has fixtures for callbacks and orders', () => {
        expect(callbacksOk.length).toBeGreaterThan(0);
        expect(ordersOk.length).toBeGreaterThan(0);
      });

      it.each(callbacksOk)('maps callback %s to a valid canonical status', (_file, fixture) => {
        expect(validator.validate(mapping.nativeCallbackSchema, fixture.callback)).toEqual({ ok: true, value: fixture.callback });
        const canonical = mapping.toCanonicalStatus(fixture.callback);
        expect(canonical).toEqual(fixture.expected);
        expect(validator.validate('events/order-status-changed.v1', canonical)).toEqual({ ok: true, value: canonical });
        expect(mapping.orderIdOf(fixture.callback)).toBe((canonical as { orderId: string }).orderId);
      });

      if (callbacksNotOk.length > 0) {
        it.each(callbacksNotOk)('refuses callback %s, naming the field', (_file, fixture) => {
          const result = validator.validate(mapping.nativeCallbackSchema, fixture.callback);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.issues).toContainEqual(fixture.expectIssue);
        });
      }

      it.each(ordersOk)('maps order %s to a request the partner\'s contract accepts', (_file, fixture) => {
        expect(validator.validate('events/order-issued.v1', fixture.order).ok).toBe(true);
        const request = mapping.toNativeOrder(fixture.order as OrderIssuedV1);
        expect(request).toEqual(fixture.expected);
        expect(validator.validate(mapping.nativeOrderSchema, request)).toEqual({ ok: true, value: request });
      });
    });
  }
}
