// `npm run fuzz`: the property tests of the pure money rules (settlement, re-decision, credits; invoice tax) with a
// long search instead of `npm test`'s short one. No services needed. FUZZ_RUNS (default 20000) sets the runs per
// property; fast-check prints the seed and the shrunk counterexample of any failure, so it can be replayed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.env.FUZZ_RUNS ?? '20000';
console.log(`[npm run fuzz] property tests with FUZZ_RUNS=${runs}`);
const result = spawnSync(join(root, 'node_modules', '.bin', 'jest'), ['--runInBand', '--testTimeout', '3600000', 'libs/coverage/src/settlement.property.spec.ts', 'libs/invoicing/src/.*property.spec.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
