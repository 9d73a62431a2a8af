import { loadOpenApiDocument, withOperationsSurface } from '@hub/contracts';
import { type Answer, errorRuleProblems, OpenApiAnswers } from './answers-match-openapi';

/**
 * The judge of the hostile-request fuzz, held to core's own document without a running hub: a judge that passed
 * everything would make the fuzz prove nothing.
 */
describe('OpenApiAnswers (core)', () => {
  const core = new OpenApiAnswers(loadOpenApiDocument('core'), 'core');
  const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
    status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, text: JSON.stringify(body),
  });
  const refusal = { statusCode: 400, error: 'validation_failed', message: 'Request body is invalid: product is required', issues: [{ field: 'product', reason: 'is required' }] };

  it('takes a documented status whose error body is ErrorResponseV1', () => {
    expect(core.mismatch('POST', '/policies', json(400, refusal))).toBeUndefined();
  });

  it('names a status the operation does not document', () => {
    expect(core.mismatch('POST', '/policies', json(418, { ...refusal, statusCode: 418 }))).toMatch(/^status 418 is not documented/);
  });

  it('names what breaks the error schema: an empty field, an unknown property, no body, another media type', () => {
    expect(core.mismatch('POST', '/policies', json(400, { ...refusal, issues: [{ field: '', reason: 'is not allowed' }] }))).toMatch(/issues\/0\/field/);
    expect(core.mismatch('POST', '/policies', json(400, { ...refusal, stack: 'at …' }))).toMatch(/\(stack\)/);
    expect(core.mismatch('POST', '/policies', { status: 400, headers: {}, text: '' })).toMatch(/has no body/);
    expect(core.mismatch('POST', '/policies', { status: 400, headers: { 'content-type': 'text/html' }, text: '<h1>Bad</h1>' })).toMatch(/content-type "text\/html"/);
  });

  it('holds the token endpoint to RFC 6749 errors, with the headers documented for them', () => {
    const invalidClient = { error: 'invalid_client', error_description: 'client authentication failed' };
    const headers = { 'www-authenticate': 'Basic realm="hub"', 'cache-control': 'no-store' };
    expect(core.mismatch('POST', '/oauth/token', json(401, invalidClient, headers))).toBeUndefined();
    expect(core.mismatch('POST', '/oauth/token', json(401, invalidClient))).toMatch(/without the documented header/);
    expect(core.mismatch('POST', '/oauth/token', json(401, { statusCode: 401, error: 'unauthenticated', message: 'no' }, headers))).toMatch(/breaks OAuthErrorV1/);
  });

  it('resolves path templates written either way', () => {
    const notFound = { statusCode: 404, error: 'not_found', message: 'Case 4f6a8c0e-2b4d-4e6f-8a0c-2e4a6c8e0a2c not found' };
    expect(core.mismatch('GET', '/cases/:caseId', json(404, notFound))).toBeUndefined();
    expect(core.mismatch('GET', '/cases/{caseId}', json(404, notFound))).toBeUndefined();
    expect(core.mismatch('GET', '/no-such-route', json(404, notFound))).toMatch(/is not in the OpenAPI document/);
  });
});

describe('errorRuleProblems', () => {
  it('wants a field named on validation_failed, and no database text passed on', () => {
    expect(errorRuleProblems({ status: 400, headers: {}, text: JSON.stringify({ statusCode: 400, error: 'validation_failed', message: 'bad' }) })).toMatch(/names no field/);
    const leak = { statusCode: 400, error: 'invalid_value', message: 'invalid input syntax for type uuid: "x"' };
    expect(errorRuleProblems({ status: 400, headers: {}, text: JSON.stringify(leak) })).toMatch(/database's text/);
    expect(errorRuleProblems({ status: 200, headers: {}, text: '{}' })).toBeUndefined();
  });
});

describe('OpenApiAnswers (an app as served, with the operations every app answers)', () => {
  const served = new OpenApiAnswers(withOperationsSurface(loadOpenApiDocument('core')), 'core-served');

  it('takes Prometheus text where a string is documented, and refuses JSON where text is documented', () => {
    const metrics: Answer = { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8; version=0.0.4', 'cache-control': 'no-store' }, text: '# TYPE hub_outbox_pending gauge\nhub_outbox_pending{app="core"} 0\n' };
    expect(served.mismatch('GET', '/metrics', metrics)).toBeUndefined();
    expect(served.mismatch('GET', '/metrics', { ...metrics, headers: { 'content-type': 'application/json' }, text: '{}' })).toMatch(/content-type "application\/json"/);
    expect(served.mismatch('GET', '/health/ready', { status: 200, headers: { 'content-type': 'text/plain' }, text: 'ok' })).toMatch(/content-type "text\/plain"/);
  });
});
