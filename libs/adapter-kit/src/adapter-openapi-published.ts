import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { CONTRACTS_DIR } from '@hub/contracts';
import { adapterOpenApiDocument } from './adapter-openapi';
import { AdapterDefinition } from './define-adapter';

/** The newest published document of an adapter, parsed, with its version number; none before the first. */
export function publishedAdapterOpenApi(definition: AdapterDefinition, contractsDir = CONTRACTS_DIR): { version: number; document: unknown } | null {
  const dir = join(contractsDir, 'openapi');
  const versions = existsSync(dir)
    ? readdirSync(dir)
        .map((file) => new RegExp(`^${definition.appName}\\.v(\\d+)\\.yaml$`).exec(file))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => Number(m[1]))
    : [];
  if (versions.length === 0) return null;
  const version = Math.max(...versions);
  return { version, document: parseYaml(readFileSync(join(dir, `${definition.appName}.v${version}.yaml`), 'utf8')) };
}

/**
 * Whether the kit's document for this adapter is the newest published one (their info.version aside). When it is not,
 * the adapter's surface changed: `npm run contracts:adapter-docs` writes it as the next version, to be published.
 */
export function adapterOpenApiIsPublished(definition: AdapterDefinition, contractsDir = CONTRACTS_DIR): { ok: boolean; publishedVersion: number | null } {
  const published = publishedAdapterOpenApi(definition, contractsDir);
  if (!published) return { ok: false, publishedVersion: null };
  const generated = adapterOpenApiDocument(definition, published.version);
  return { ok: isDeepStrictEqual(JSON.parse(JSON.stringify(generated)), published.document), publishedVersion: published.version };
}
