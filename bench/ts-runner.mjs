// Runs a TypeScript entry point of this repository the way the tests run it (ts-jest with isolatedModules):
// TypeScript's own transpiler, so decorator metadata is emitted and Nest's dependency injection works, which
// tsx (esbuild) cannot do; plus the tsconfig path aliases (@hub/..., @apps/...). Transpile only: the type
// check is `tsc --noEmit`.
//
//   node bench/ts-runner.mjs bench/run-bench.ts
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const configFile = join(root, 'tsconfig.json');
const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
const compilerOptions = {
  ...options,
  module: ts.ModuleKind.CommonJS,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: true,
  noEmit: false,
  declaration: false,
  incremental: false,
  tsBuildInfoFile: undefined,
};

// tsconfig "paths": exact aliases and "prefix/*" wildcards, relative to baseUrl.
const baseUrl = resolve(root, options.baseUrl ?? '.');
const aliases = Object.entries(options.paths ?? {}).map(([pattern, [target]]) => ({
  prefix: pattern.replace(/\*$/, ''),
  wildcard: pattern.endsWith('*'),
  target: resolve(baseUrl, target.replace(/\*$/, '')),
}));
const resolveAlias = (request) => {
  for (const { prefix, wildcard, target } of aliases) {
    if (wildcard ? request.startsWith(prefix) : request === prefix) return wildcard ? join(target, request.slice(prefix.length)) : target;
  }
  return undefined;
};

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithAliases(request, ...rest) {
  return originalResolve.call(this, resolveAlias(request) ?? request, ...rest);
};

const nodeModules = `${sep}node_modules${sep}`;
Module._extensions['.ts'] = (module, filename) => {
  if (filename.includes(nodeModules)) throw new Error(`refusing to transpile ${filename}`);
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
process.setSourceMapsEnabled(true);

const [entry] = process.argv.splice(2, 1);
if (!entry) {
  console.error('usage: node bench/ts-runner.mjs <file.ts> [args...]');
  process.exit(2);
}
createRequire(join(process.cwd(), 'noop.js'))(resolve(entry));
