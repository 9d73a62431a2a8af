// Builds the apps (`npm run build` → dist/) and the console's browser app (`npm run console:build` → apps/console/web/dist)
// only when their inputs changed since the last build: a stamp beside the output holds a hash of every input file's path
// and content (content, not mtimes, so a checkout or a touch that changes nothing rebuilds nothing). Used by `npm run up`
// `npm test` and `npm run bench`. A build run by hand (`npm run build`) leaves no stamp, so the next `npm run up` builds once more.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runQuietly } from './processes.mjs';

const STAMP = '.hub-build-stamp';

/**
 * What each build reads and writes. The apps' inputs mirror tsconfig.build.json (its include and exclude) plus what
 * changes its output without being a source (the compiler settings, the installed packages).
 */
export const BUILDS = {
  apps: {
    what: 'the apps (npm run build → dist/)',
    command: ['npm', ['run', '--silent', 'build']],
    output: 'dist',
    produces: 'dist/apps/core/src/main.js',
    roots: ['apps', 'libs', 'scripts'],
    files: ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    input: (path) => path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.startsWith('apps/console/web/') && !path.startsWith('libs/testing/'),
  },
  console: {
    what: "the console's browser app (npm run console:build → apps/console/web/dist/)",
    command: ['npm', ['run', '--silent', 'console:build']],
    output: 'apps/console/web/dist',
    produces: 'apps/console/web/dist/index.html',
    // Its sources, and the contract types it imports (@contracts/* → libs/contracts/src/generated).
    roots: ['apps/console/web', 'libs/contracts/src/generated'],
    files: ['package-lock.json'],
    input: (path) => !path.startsWith('apps/console/web/dist/'),
  },
};

const SKIP_DIRS = new Set(['node_modules', 'dist', '.hub']);

function walk(root, dir, found) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(root, path, found);
    } else if (entry.isFile()) found.push(path);
  }
}

/** The hash of a build's inputs: every input file's path (posix) and content, in path order. */
export function inputsHash(root, build) {
  const files = [...build.files.filter((f) => existsSync(join(root, f)))];
  for (const dir of build.roots) {
    const found = [];
    if (existsSync(join(root, dir))) walk(root, relative(root, join(root, dir)).split(sep).join('/'), found);
    files.push(...found.filter(build.input));
  }
  const hash = createHash('sha256');
  for (const file of [...new Set(files)].sort()) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

/** Whether the build's output is there and was built from exactly these inputs. */
export function isUpToDate(root, build, hash = inputsHash(root, build)) {
  const stamp = join(root, build.output, STAMP);
  return existsSync(join(root, build.produces)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
}

/**
 * Builds `name` ('apps' or 'console') unless its output is up to date; returns 'built' or 'up to date'. `log` says which,
 * and why a build runs.
 */
export async function ensureBuilt(root, name, log = console.log) {
  const build = BUILDS[name];
  const hash = inputsHash(root, build);
  if (isUpToDate(root, build, hash)) {
    log(`${build.what}: up to date, not rebuilt (its inputs are as when it was last built)`);
    return 'up to date';
  }
  log(`building ${build.what}${existsSync(join(root, build.produces)) ? ': its inputs changed since the last build' : ''}`);
  const [command, args] = build.command;
  await runQuietly(command, args, { cwd: root });
  writeFileSync(join(root, build.output, STAMP), hash);
  return 'built';
}
