import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpointUrlProblem, isPrivateAddress, resolvesToPrivateAddress } from './endpoint-address';
import { postSignedWebhook } from './partner-endpoint.client';
import { demoWebhookSecret } from './webhook-signature';

/** OWASP API7:2023 (server-side request forgery): where the hub will and will not send a partner's deliveries. */
describe('partner endpoint addresses', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1'])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['203.0.113.10', '8.8.8.8', '2001:db8::1', '172.32.0.1'])('%s is not', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('allows plain http and loopback only in dev and test, and never credentials in the URL', () => {
    expect(endpointUrlProblem('http://127.0.0.1:3002/lac/v2/engagements', true)).toBeUndefined();
    expect(endpointUrlProblem('http://api.lac.example/v2', false)).toBe('must be https outside dev and test');
    expect(endpointUrlProblem('https://169.254.169.254/latest/meta-data', false)).toMatch(/private or link-local/);
    expect(endpointUrlProblem('https://[::1]:8443/x', false)).toMatch(/private/);
    expect(endpointUrlProblem('https://localhost/x', false)).toMatch(/loopback/);
    expect(endpointUrlProblem('https://user:pw@api.lac.example/v2', false)).toBe('must not carry credentials');
    expect(endpointUrlProblem('file:///etc/passwd', true)).toBe('must be an http(s) URL');
    expect(endpointUrlProblem('https://api.lac.example/v2/engagements', false)).toBeUndefined();
  });

  it('finds a name that resolves to a private address at delivery time', async () => {
    expect(await resolvesToPrivateAddress('https://localhost:8443/x')).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  it('does not call an endpoint that resolves to a private address when told to refuse them', async () => {
    let calls = 0;
    const server = createServer((_req, res) => {
      calls++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      const refused = await postSignedWebhook(url, [demoWebhookSecret('lac')], 'msg_1', { a: 1 }, { refusePrivateAddresses: true });
      expect(refused).toMatchObject({ outcome: 'failed', error: expect.stringContaining('private address') });
      expect(calls).toBe(0);
      expect((await postSignedWebhook(url, [demoWebhookSecret('lac')], 'msg_2', { a: 1 })).outcome).toBe('delivered');
      expect(calls).toBe(1);
    } finally {
      server.close();
    }
  });
});
