import { checkSurfaceVersions, offeredBy, surfaceVersionPairs } from './surface-versions';
import { type TempContracts, writeTempContracts } from './temp-contracts';

const openapi = (paths: Record<string, string[]>, description = 'A surface.'): unknown => ({
  openapi: '3.1.0',
  info: { title: 'core', version: '1.0.0', description },
  paths: Object.fromEntries(Object.entries(paths).map(([path, methods]) => [path, Object.fromEntries(methods.map((m) => [m, { responses: {} }]))])),
});
const asyncapi = (addresses: string[], description = 'Topics.'): unknown => ({
  asyncapi: '3.0.0',
  info: { title: 'hub', version: '1.0.0', description },
  channels: Object.fromEntries(addresses.map((address, i) => [`c${i}`, { address }])),
});

let contracts: TempContracts | undefined;
afterEach(() => contracts?.remove());

function failuresOf(files: Record<string, unknown>): (string | undefined)[] {
  contracts = writeTempContracts(files);
  return checkSurfaceVersions(contracts.dir).map((outcome) => outcome.failure);
}

describe('a new version of an OpenAPI document', () => {
  const v1 = openapi({ '/cases': ['post'], '/cases/{caseId}': ['get'] });

  it('may add operations', () => {
    expect(failuresOf({ 'openapi/core.v1.yaml': v1, 'openapi/core.v2.yaml': openapi({ '/cases': ['post', 'get'], '/cases/{caseId}': ['get'] }) })).toEqual([undefined]);
  });

  it('fails when it drops one, naming it and both files', () => {
    expect(failuresOf({ 'openapi/core.v1.yaml': v1, 'openapi/core.v2.yaml': openapi({ '/cases': ['post'] }) })).toEqual([
      'contracts/openapi/core.v2.yaml drops what contracts/openapi/core.v1.yaml offers: GET /cases/{caseId}. Keep them, or say "Breaking change from v1" in its info.description.',
    ]);
  });

  it('may drop one when its description says it breaks the version before', () => {
    const v2 = openapi({ '/cases': ['post'] }, 'Breaking change from v1: cases are read from the case service.');
    expect(failuresOf({ 'openapi/core.v1.yaml': v1, 'openapi/core.v2.yaml': v2 })).toEqual([undefined]);
  });

  it('is compared with the version before it, each surface on its own', () => {
    contracts = writeTempContracts({
      'openapi/core.v1.yaml': v1,
      'openapi/core.v3.yaml': v1,
      'openapi/adapter-x.v1.yaml': v1,
      'asyncapi.yaml': asyncapi(['hub.a.b.v1']),
      'asyncapi.v2.yaml': asyncapi(['hub.a.b.v1']),
    });
    const pairs = surfaceVersionPairs(contracts.dir).map((p) => `${p.olderFile} → ${p.newerFile}`);
    expect(pairs.sort()).toEqual(['asyncapi.yaml → asyncapi.v2.yaml', 'openapi/core.v1.yaml → openapi/core.v3.yaml']);
  });
});

describe('a new version of the AsyncAPI document', () => {
  it('fails when it drops a channel, by address (asyncapi.yaml is v1)', () => {
    const failures = failuresOf({ 'asyncapi.yaml': asyncapi(['hub.a.b.v1', 'hub.a.b.v1.dlq']), 'asyncapi.v2.yaml': asyncapi(['hub.a.b.v1', 'hub.a.c.v1']) });
    expect(failures).toEqual([expect.stringContaining('contracts/asyncapi.v2.yaml drops what contracts/asyncapi.yaml offers: channel hub.a.b.v1.dlq.')]);
  });

  it('does not mind a channel renamed under the same address', () => {
    const renamed = { ...(asyncapi([]) as object), channels: { orderIssued: { address: 'hub.a.b.v1' } } };
    expect(failuresOf({ 'asyncapi.yaml': asyncapi(['hub.a.b.v1']), 'asyncapi.v2.yaml': renamed })).toEqual([undefined]);
  });
});

describe('offeredBy', () => {
  it('lists operations by method and path, leaving out what is not an operation', () => {
    const document = { paths: { '/x': { parameters: [], get: {}, post: {}, summary: 'x' } } };
    expect(offeredBy(document, 'openapi')).toEqual(['GET /x', 'POST /x']);
  });
});
