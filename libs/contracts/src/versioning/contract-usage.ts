import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTRACTS_DIR } from '../contracts-dir';
import { collectRefs, isRecord, splitRef } from '../json-refs';
import type { Direction } from './contract-directions';

/**
 * Which way each schema travels according to the surface documents that use it, to check the direction table
 * against: a request body of one of the hub's HTTP surfaces is accepted, a response produced, an AsyncAPI
 * message produced. A partner's surface (the hub is its client) is the other way round.
 */
const PARTNER_SURFACES = new Set(['partner-sim']);

/** Contract (path without version) → the directions its uses imply, over every version of every surface. */
export function directionsUsed(contractsDir: string = CONTRACTS_DIR): Map<string, Set<Exclude<Direction, 'both'>>> {
  const used = new Map<string, Set<Exclude<Direction, 'both'>>>();
  const note = (ref: string, fromFolder: string, direction: Exclude<Direction, 'both'>): void => {
    const { file } = splitRef(ref);
    const match = /^(.+)\.v\d+\.schema\.json$/.exec(posix.normalize(posix.join(fromFolder, file)));
    if (!match?.[1]) return;
    used.set(match[1], (used.get(match[1]) ?? new Set()).add(direction));
  };
  const read = (file: string): unknown => parseYaml(readFileSync(join(contractsDir, file), 'utf8'));

  for (const file of readdirSync(join(contractsDir, 'openapi')).filter((f) => f.endsWith('.yaml'))) {
    const partner = PARTNER_SURFACES.has(file.replace(/\.v\d+\.yaml$/, ''));
    const document = read(`openapi/${file}`);
    for (const operation of operationsOf(document)) {
      for (const ref of collectRefs(operation.requestBody)) note(ref, 'openapi', partner ? 'produced' : 'accepted');
      for (const ref of collectRefs(operation.responses)) note(ref, 'openapi', partner ? 'accepted' : 'produced');
    }
  }
  for (const file of readdirSync(contractsDir).filter((f) => /^asyncapi(\.v\d+)?\.yaml$/.test(f))) {
    const document = read(file);
    const messages = isRecord(document) && isRecord(document.components) ? document.components.messages : undefined;
    for (const ref of collectRefs(messages)) note(ref, '.', 'produced');
  }
  return used;
}

function operationsOf(document: unknown): Record<string, unknown>[] {
  const paths = isRecord(document) && isRecord(document.paths) ? Object.values(document.paths) : [];
  return paths.filter(isRecord).flatMap((item) => Object.values(item).filter(isRecord));
}
