import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { CONTRACTS_BASE_URI } from '../contracts-dir';

/**
 * A throw-away contracts/ directory for the versioning specs, so the checks run on small made-up contracts
 * through the same loaders as on the real ones. A schema gets its `$schema` and `$id` from its path; a
 * `.yaml` file is written as YAML; anything under `fixtures/` is written as JSON beside them.
 */
export interface TempContracts {
  dir: string;
  fixturesDir: string;
  remove(): void;
}

export function writeTempContracts(files: Record<string, unknown>): TempContracts {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-'));
  mkdirSync(join(dir, 'openapi'));
  writeFileSync(join(dir, 'published.lock.json'), '{ "published": {} }\n');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    const body = path.endsWith('.schema.json')
      ? { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `${CONTRACTS_BASE_URI}${path}`, ...(content as object) }
      : content;
    writeFileSync(join(dir, path), path.endsWith('.yaml') ? toYaml(body) : `${JSON.stringify(body, null, 2)}\n`);
  }
  return { dir, fixturesDir: join(dir, 'fixtures'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
