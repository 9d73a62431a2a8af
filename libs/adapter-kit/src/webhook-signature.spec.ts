import { Webhook } from 'standardwebhooks';
import { signWebhook, verifyWebhook } from './webhook-signature';

// A secret as Standard Webhooks prints them: whsec_ + base64 of 24 random bytes (fixed here for repeatability).
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OTHER_SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';
const BODY = JSON.stringify({ api_version: '1', note: '顧客情報の漏えい' });
const NOW = 1_790_000_000;

describe('Standard Webhooks signing', () => {
  it('produces signatures the public standardwebhooks library accepts', () => {
    const headers = signWebhook(SECRET, 'msg_1', Math.floor(Date.now() / 1000), BODY);
    expect(new Webhook(SECRET).verify(BODY, headers)).toEqual(JSON.parse(BODY));
  });

  it('accepts what the public library signs', () => {
    const signature = new Webhook(SECRET).sign('msg_2', new Date(NOW * 1000), BODY);
    const verdict = verifyWebhook(
      { 'webhook-id': 'msg_2', 'webhook-timestamp': String(NOW), 'webhook-signature': signature },
      Buffer.from(BODY),
      { secrets: [SECRET], nowSeconds: NOW },
    );
    expect(verdict).toEqual({ ok: true, id: 'msg_2', timestamp: NOW });
  });

  it('refuses a body changed after signing', () => {
    const headers = signWebhook(SECRET, 'msg_3', NOW, BODY);
    const verdict = verifyWebhook(headers, BODY.replace('漏えい', '漏洩'), { secrets: [SECRET], nowSeconds: NOW });
    expect(verdict).toMatchObject({ ok: false, code: 'bad_signature' });
  });

  it('refuses a signature made with another partner\'s secret', () => {
    const headers = signWebhook(OTHER_SECRET, 'msg_4', NOW, BODY);
    expect(verifyWebhook(headers, BODY, { secrets: [SECRET], nowSeconds: NOW })).toMatchObject({ code: 'bad_signature' });
  });

  it('signs with every secret during a rotation, so a partner holding either accepts it', () => {
    const headers = signWebhook([SECRET, OTHER_SECRET], 'msg_7', NOW, BODY);
    expect(verifyWebhook(headers, BODY, { secrets: [SECRET], nowSeconds: NOW }).ok).toBe(true);
    expect(verifyWebhook(headers, BODY, { secrets: [OTHER_SECRET], nowSeconds: NOW }).ok).toBe(true);
    const fresh = signWebhook([SECRET, OTHER_SECRET], 'msg_8', Math.floor(Date.now() / 1000), BODY);
    expect(new Webhook(OTHER_SECRET).verify(BODY, fresh)).toEqual(JSON.parse(BODY));
  });

  it('accepts the previous secret during a rotation', () => {
    const headers = signWebhook(OTHER_SECRET, 'msg_5', NOW, BODY);
    expect(verifyWebhook(headers, BODY, { secrets: [SECRET, OTHER_SECRET], nowSeconds: NOW }).ok).toBe(true);
  });

  it.each([NOW - 301, NOW + 301])('refuses a timestamp outside the tolerance (%i)', (timestamp) => {
    const headers = signWebhook(SECRET, 'msg_6', timestamp, BODY);
    expect(verifyWebhook(headers, BODY, { secrets: [SECRET], nowSeconds: NOW })).toMatchObject({ code: 'stale_timestamp' });
  });

  it('refuses a request without the signature headers', () => {
    expect(verifyWebhook({ 'webhook-id': 'x' }, BODY, { secrets: [SECRET], nowSeconds: NOW })).toMatchObject({
      code: 'missing_signature_headers',
    });
  });
});
