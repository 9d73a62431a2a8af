import { loadConfig } from '@hub/config';
import { PARTNERS } from '@hub/partners';
import { CoreConfig } from './core.config';
import { partnerRegistrations, registrationNumberOf } from './partner-registrations';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hub_test', KAFKA_BROKERS: '127.0.0.1:9092', HUB_ENV: 'test' };

describe('partner registration numbers', () => {
  it('takes a deployment\'s numbers over the directory\'s placeholders, partner by partner', () => {
    const config = loadConfig(CoreConfig, { ...base, PARTNER_REGISTRATION_NUMBERS: 'lac=T7000012050002' });
    const configured = partnerRegistrations(config.PARTNER_REGISTRATION_NUMBERS);
    expect(registrationNumberOf('lac', configured)).toBe('T7000012050002');
    expect(registrationNumberOf('prap', configured)).toBe(PARTNERS.prap.registrationNumber);
  });

  it.each([
    ['an unknown partner', 'acme=T7000012050002'],
    ['a wrong check digit', 'lac=T1000012050002'],
    ['no number', 'lac'],
  ])('stops core at boot naming the variable for %s', (_, value) => {
    expect(() => loadConfig(CoreConfig, { ...base, PARTNER_REGISTRATION_NUMBERS: value })).toThrow(/PARTNER_REGISTRATION_NUMBERS/);
  });
});
