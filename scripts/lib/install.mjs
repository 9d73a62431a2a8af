// Installs npm dependencies when they are missing or stale, so `npm test` and `npm run up` work from a
// fresh clone. The stamp records which package-lock.json the installed tree came from.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './processes.mjs';

export async function ensureInstalled(root, log = console.log) {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.hub-install-stamp');
  const wanted = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  log('installing npm dependencies (npm ci)…');
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root });
  writeFileSync(stamp, wanted);
}
