import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PartnerPackage } from '@hub/simulator-kit';

/** `apps/` beside this app: the source tree under ts-node, tsx and Jest; `dist/apps/` once built. */
const APPS_DIR = resolve(__dirname, '../..');

let found: PartnerPackage[] | undefined;
const loaded = new Map<string, PartnerPackage | null>();

/** One partner folder's package; null when the folder has no src/partner. */
function load(dir: string): PartnerPackage | null {
  if (!loaded.has(dir)) {
    const file = join(APPS_DIR, dir, 'src', 'partner');
    let partner: PartnerPackage | null = null;
    if (existsSync(`${file}.ts`) || existsSync(`${file}.js`)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      partner = (require(file) as { partner: PartnerPackage }).partner;
      if (partner.adapter.appName !== dir) throw new Error(`${dir}/src/partner exports ${partner.adapter.appName}; its folder must be named after it`);
    }
    loaded.set(dir, partner);
  }
  return loaded.get(dir) ?? null;
}

/**
 * Every partner the hub runs, found by its folder: each `apps/adapter-<id>/src/partner.(ts|js)` exporting `partner`.
 * The simulator app, `npm run up`, the API-document script and the tests all start from this list, so a new partner is
 * its folder and its contracts, and nothing else changes.
 */
export function partnerPackages(): PartnerPackage[] {
  found ??= readdirSync(APPS_DIR)
    .filter((dir) => /^adapter-[a-z0-9-]+$/.test(dir))
    .sort()
    .flatMap((dir) => load(dir) ?? []);
  return found;
}

/** One partner, loading only its own folder. */
export function partnerPackage(partnerId: string): PartnerPackage {
  const match = /^[a-z0-9-]+$/.test(partnerId) ? load(`adapter-${partnerId}`) : null;
  if (!match) throw new Error(`no partner folder apps/adapter-${partnerId} with src/partner`);
  return match;
}
