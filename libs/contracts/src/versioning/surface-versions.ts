import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTRACTS_DIR } from '../contracts-dir';
import { isRecord } from '../json-refs';
import { announcesBreakFrom } from './version-pairs';

/**
 * A new version of an HTTP or Kafka surface is a whole document beside the old one, so it must still hold
 * everything the old one offered: every operation (method and path) of openapi/<name>.v<N>.yaml, every channel
 * (by address) of asyncapi.v<N>.yaml. Dropping one is a break, and only allowed where the new document's
 * info.description says "Breaking change from v<N>".
 */
export interface SurfacePair {
  /** Under contracts/: `openapi/core.v4.yaml` and `openapi/core.v5.yaml`; `asyncapi.yaml` is v1. */
  olderFile: string;
  newerFile: string;
  older: number;
  newer: number;
  kind: 'openapi' | 'asyncapi';
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Consecutive versions of each surface found under `contractsDir`. */
export function surfaceVersionPairs(contractsDir: string = CONTRACTS_DIR): SurfacePair[] {
  const grouped = new Map<string, { file: string; version: number; kind: SurfacePair['kind'] }[]>();
  const add = (name: string, file: string, version: number, kind: SurfacePair['kind']): void => {
    grouped.set(name, [...(grouped.get(name) ?? []), { file, version, kind }]);
  };
  for (const file of readdirSync(join(contractsDir, 'openapi'))) {
    const match = /^(.+)\.v(\d+)\.yaml$/.exec(file);
    if (match?.[1]) add(`openapi/${match[1]}`, `openapi/${file}`, Number(match[2]), 'openapi');
  }
  for (const file of readdirSync(contractsDir)) {
    const match = /^asyncapi(?:\.v(\d+))?\.yaml$/.exec(file);
    if (match) add('asyncapi', file, Number(match[1] ?? 1), 'asyncapi');
  }
  return [...grouped.values()].flatMap((versions) => {
    const sorted = versions.sort((a, b) => a.version - b.version);
    return sorted.slice(1).map((newer, i) => {
      const older = sorted[i] as (typeof sorted)[number];
      return { olderFile: older.file, newerFile: newer.file, older: older.version, newer: newer.version, kind: newer.kind };
    });
  });
}

/** What a surface document offers: `POST /cases` for OpenAPI, `channel hub.order.issued.v1` for AsyncAPI. */
export function offeredBy(document: unknown, kind: SurfacePair['kind']): string[] {
  if (!isRecord(document)) return [];
  if (kind === 'asyncapi') {
    const channels = isRecord(document.channels) ? Object.values(document.channels) : [];
    return channels.filter(isRecord).map((channel) => `channel ${String(channel.address)}`);
  }
  const paths = isRecord(document.paths) ? Object.entries(document.paths) : [];
  return paths.flatMap(([path, item]) => (isRecord(item) ? METHODS.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${path}`) : []));
}

/** The failure for a pair, or undefined: nothing dropped, or the new document says it breaks the old one. */
export function droppedFromSurface(older: unknown, newer: unknown, pair: SurfacePair): string | undefined {
  const kept = new Set(offeredBy(newer, pair.kind));
  const dropped = offeredBy(older, pair.kind).filter((offer) => !kept.has(offer));
  const info = isRecord(newer) && isRecord(newer.info) ? newer.info : {};
  if (dropped.length === 0 || announcesBreakFrom(info.description, pair.older)) return undefined;
  return (
    `contracts/${pair.newerFile} drops what contracts/${pair.olderFile} offers: ${dropped.join(', ')}. ` +
    `Keep them, or say "Breaking change from v${pair.older}" in its info.description.`
  );
}

export function checkSurfaceVersions(contractsDir: string = CONTRACTS_DIR): { pair: SurfacePair; failure: string | undefined }[] {
  const read = (file: string): unknown => parseYaml(readFileSync(join(contractsDir, file), 'utf8'));
  return surfaceVersionPairs(contractsDir).map((pair) => ({ pair, failure: droppedFromSurface(read(pair.olderFile), read(pair.newerFile), pair) }));
}
