import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PartnerPackage } from '@hub/simulator-kit';

/** `apps/` beside this app: the source tree under ts-node, tsx and Jest; `dist/apps/` once built. */
const APPS_DIR = resolve(__dirname, '../..');

let found: PartnerPackage[] | undefined;

/**
 * Every partner the hub runs, found by its folder: each `apps/adapter-<id>/src/partner.(ts|js)` exporting `partner`.
 * The simulator app, `npm run up`, the API-document script and the tests all start from this list, so a new partner is
 * its folder and its contracts, and nothing else changes.
 */
export function partnerPackages(): PartnerPackage[] {
  found ??= readdirSync(APPS_DIR)
    .filter((dir) => /^adapter-[a-z0-9-]+$/.test(dir))
    .sort()
    .flatMap((dir) => {
      const file = join(APPS_DIR, dir, 'src', 'partner');
      if (!existsSync(`${file}.ts`) && !existsSync(`${file}.js`)) return [];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { partner } = require(file) as { partner: PartnerPackage };
      if (partner.adapter.appName !== dir) throw new Error(`${dir}/src/partner exports ${partner.adapter.appName}; its folder must be named after it`);
      return [partner];
    });
  return found;
}

export function partnerPackage(partnerId: string): PartnerPackage {
  const match = partnerPackages().find((p) => p.adapter.partnerId === partnerId);
  if (!match) throw new Error(`no partner folder apps/adapter-${partnerId} with src/partner`);
  return match;
}
