import { InvalidConfigError, loadConfig } from '@hub/config';
import type { OrderStatusChangedV1 } from '@hub/contracts';
import { adapterConfigClass, adapterEnvNames, adapterSettings } from './adapter-config';
import { defineAdapter, AdapterSpec } from './define-adapter';
import { deprecationHeaders } from './deprecation-headers';
import { simulatedPartnerSettings } from './simulator-wiring';
import { demoWebhookSecret } from './webhook-signature';

// A partner invented for these tests, so the kit's own tests name no real partner either.
const mapping = (version: number) => ({
  nativeOrderSchema: `partners/acme-ir/order.v${version}`,
  nativeCallbackSchema: `partners/acme-ir/callback.v${version}`,
  toNativeOrder: () => ({}),
  orderIdOf: () => 'order',
  toCanonicalStatus: (): OrderStatusChangedV1 => ({ orderId: 'order', status: 'accepted', reportedAt: '2026-11-27T00:00:00Z' }),
});
const examples = { callbacks: { accepted: { summary: 'ACME takes the job on', value: { job: 'order', state: 'TAKEN' } } } };
const spec: AdapterSpec = {
  partnerId: 'acme-ir',
  displayName: 'ACME Incident Response',
  defaultPort: 3011,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [
    { version: 1, mapping: mapping(1), demoEndpointPath: '/acme/v1/jobs', deprecation: { deprecatedAt: '2026-11-01T00:00:00Z', sunsetAt: '2027-05-01T00:00:00Z', successor: 2 }, examples },
    { version: 2, mapping: mapping(2), demoEndpointPath: '/acme/v2/jobs', examples },
  ],
  pinnedVersion: 2,
};

describe('defineAdapter', () => {
  it('derives the app name and the prefix of its environment variables from the partner id', () => {
    const definition = defineAdapter(spec);
    expect(definition.appName).toBe('adapter-acme-ir');
    expect(definition.envPrefix).toBe('ACME_IR');
    expect(adapterEnvNames(definition).endpointUrl).toBe('ACME_IR_ENDPOINT_URL');
  });

  it('refuses a definition that cannot run, naming every problem', () => {
    const wrong = () =>
      defineAdapter({
        ...spec,
        partnerId: 'Acme IR',
        pinnedVersion: 3,
        versions: [spec.versions[0], { ...spec.versions[0], mapping: { ...mapping(1), nativeOrderSchema: 'partners/other/order.v1' } }],
      });
    expect(wrong).toThrow(/partnerId "Acme IR" must be lower-case/);
    expect(wrong).toThrow(/versions repeat: 1, 1/);
    expect(wrong).toThrow(/pinnedVersion 3 is not among the versions/);
    expect(wrong).toThrow(/successor v2 is not served/);
  });

  it('refuses a version whose API document would show a body without an example (issue 12), naming it', () => {
    const submission = { route: 'reports', summary: 'Reports', body: { contract: 'partners/acme-ir/report.v1' }, toDeliverables: () => [] };
    const invoicing = { ...mapping(2), nativeInvoiceSchema: 'partners/acme-ir/invoice.v2', toCanonicalInvoice: () => ({}) as never, submissions: [submission] };
    const wrong = () =>
      defineAdapter({
        ...spec,
        versions: [
          { ...spec.versions[0], examples: { callbacks: {}, submissions: { drafts: examples.callbacks } } },
          { ...spec.versions[1], mapping: invoicing },
        ],
      });
    expect(wrong).toThrow(/v1: no callback examples/);
    expect(wrong).toThrow(/v1: examples for drafts, which is no JSON submission route/);
    expect(wrong).toThrow(/v2: invoice examples are needed exactly when the version takes invoices/);
    expect(wrong).toThrow(/v2: no examples for submissions on reports/);
  });
});

describe('an adapter\'s config, from its definition', () => {
  const definition = defineAdapter(spec);
  const load = (env: Record<string, string>) => loadConfig(adapterConfigClass(definition), env);

  it('defaults to the demo: the simulator\'s endpoint of the pinned version, the partner\'s demo secret', () => {
    const settings = adapterSettings(definition, load({ HUB_ENV: 'dev' }));
    expect(settings.endpointUrl).toBe('http://127.0.0.1:3002/acme/v2/jobs');
    expect(settings.secrets).toEqual([demoWebhookSecret('acme-ir')]);
    expect(settings.outbound.version).toBe(2);
    expect(settings.breaker).toEqual({ threshold: 5, coolDownMs: 30_000, maxCoolDownMs: 600_000 });
  });

  it('fails at boot naming the partner\'s own variable', () => {
    const attempt = () => load({ ACME_IR_ENDPOINT_URL: 'not a url', ACME_IR_API_VERSION: '7', ACME_IR_WEBHOOK_SECRET: 'secret' });
    expect(attempt).toThrow(InvalidConfigError);
    expect(attempt).toThrow(/ACME_IR_ENDPOINT_URL="not a url"/);
    expect(attempt).toThrow(/ACME_IR_API_VERSION="?7"?: must be one of the served versions: 1, 2/);
    expect(attempt).toThrow(/ACME_IR_WEBHOOK_SECRET="secret": must be a Standard Webhooks secret/);
  });

  it('pins another served version when told to', () => {
    expect(adapterSettings(definition, load({ HUB_ENV: 'dev', ACME_IR_API_VERSION: '1' })).outbound.version).toBe(1);
  });

  it('refuses the demo secret outside dev and test, even as the previous secret', () => {
    const own = 'whsec_cHJvZHVjdGlvbi1zZWNyZXQtb2YtYWNtZS1pcg==';
    expect(() => adapterSettings(definition, load({ HUB_ENV: 'prod' }))).toThrow('ACME_IR_WEBHOOK_SECRET: the built-in demo secret is refused when HUB_ENV=prod');
    expect(() => adapterSettings(definition, load({ HUB_ENV: 'prod', ACME_IR_WEBHOOK_SECRET: own, ACME_IR_WEBHOOK_PREVIOUS_SECRET: demoWebhookSecret('acme-ir') }))).toThrow(
      'ACME_IR_WEBHOOK_PREVIOUS_SECRET: the built-in demo secret is refused',
    );
    expect(adapterSettings(definition, load({ HUB_ENV: 'prod', ACME_IR_WEBHOOK_SECRET: own, ACME_IR_ENDPOINT_URL: 'https://ir.acme.example/v2/engagements' })).secrets).toEqual([own]);
  });

  it('wires the partner\'s simulator to the adapter\'s callbacks of each version', () => {
    const wired = simulatedPartnerSettings(definition, {});
    expect(wired).toMatchObject({ partnerId: 'acme-ir', adapterUrl: 'http://127.0.0.1:3011', secret: demoWebhookSecret('acme-ir') });
    expect(wired.callbackUrl(1)).toBe('http://127.0.0.1:3011/acme-ir/v1/callbacks');
    expect(simulatedPartnerSettings(definition, { ACME_IR_ADAPTER_URL: 'http://adapter:3011/' }).callbackUrl(2)).toBe('http://adapter:3011/acme-ir/v2/callbacks');
    expect(() => simulatedPartnerSettings(definition, { ACME_IR_ADAPTER_URL: 'nowhere' })).toThrow(/ACME_IR_ADAPTER_URL="nowhere"/);
  });
});

describe('deprecationHeaders', () => {
  it('says when the version was deprecated (RFC 9745), when it goes (RFC 8594) and what follows it', () => {
    expect(deprecationHeaders('acme-ir', { deprecatedAt: '2026-11-01T00:00:00Z', sunsetAt: '2027-05-01T00:00:00Z', successor: 2 })).toEqual({
      Deprecation: '@1793491200',
      Sunset: 'Sat, 01 May 2027 00:00:00 GMT',
      Link: '</acme-ir/v2/callbacks>; rel="successor-version"',
    });
  });
});
