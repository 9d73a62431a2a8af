import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_DIR } from '@hub/contracts';
import { DELIVERY_LIST_PARAMETERS } from './delivery-list-openapi';

describe("GET /deliveries' parameters in the API documents", () => {
  it('are the query contract, property for property', () => {
    const contract = JSON.parse(readFileSync(join(CONTRACTS_DIR, 'http/adapter/delivery-attempt-query.v1.schema.json'), 'utf8')) as {
      properties: Record<string, Record<string, unknown>>;
    };
    const fromContract = Object.entries(contract.properties).map(([name, { description: _description, ...schema }]) => [name, schema]);
    expect(DELIVERY_LIST_PARAMETERS.map((p) => [p.name, p.schema])).toEqual(fromContract);
    expect(DELIVERY_LIST_PARAMETERS.every((p) => p.in === 'query' && !p.required && p.description.length > 10)).toBe(true);
  });
});
