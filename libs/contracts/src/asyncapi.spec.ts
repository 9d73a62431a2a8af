import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTRACTS_DIR } from './contracts-dir';
import { collectRefs, isRecord, resolvePointer, splitRef } from './json-refs';

/** Every version of the AsyncAPI document, oldest first: asyncapi.yaml (v1), asyncapi.v2.yaml, … */
const ASYNCAPI_FILES = readdirSync(CONTRACTS_DIR)
  .filter((f) => /^asyncapi(\.v\d+)?\.yaml$/.test(f))
  .sort((a, b) => versionOf(a) - versionOf(b));

function versionOf(file: string): number {
  return Number(/\.v(\d+)\.yaml$/.exec(file)?.[1] ?? 1);
}

describe.each(ASYNCAPI_FILES)('%s', (file) => {
  const document: unknown = parseYaml(readFileSync(join(CONTRACTS_DIR, file), 'utf8'));
  const channels = isRecord(document) && isRecord(document.channels) ? document.channels : {};

  it('is AsyncAPI 3 and names channels', () => {
    expect(isRecord(document) && document.asyncapi).toMatch(/^3\.\d+\.\d+$/);
    expect(Object.keys(channels).length).toBeGreaterThan(0);
  });

  it('names every topic hub.<entity>.<event>.v<N>, or that plus .dlq', () => {
    for (const channel of Object.values(channels)) {
      expect(isRecord(channel) && channel.address).toMatch(/^hub\.[a-z-]+\.[a-z-]+\.v[0-9]+(\.dlq)?$/);
    }
  });

  it('gives every topic its dead-letter topic', () => {
    const addresses = Object.values(channels).map((c) => (isRecord(c) ? String(c.address) : ''));
    const missing = addresses.filter((a) => !a.endsWith('.dlq') && !addresses.includes(`${a}.dlq`));
    expect(missing).toEqual([]);
  });

  it('refers only to schema files that exist, and to local parts that resolve', () => {
    const refs = collectRefs(document).map(splitRef);
    expect(refs.filter((r) => r.file !== '' && !existsSync(join(CONTRACTS_DIR, r.file))).map((r) => r.file)).toEqual([]);
    expect(refs.filter((r) => r.file === '' && resolvePointer(document, r.pointer) === undefined)).toEqual([]);
  });
});
