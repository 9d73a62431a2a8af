import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { CONTRACTS_DIR } from './contracts-dir';

describe('generated types', () => {
  it('are exactly what the contracts generate', () => {
    // A child process because prettier 3 (which formats the output) cannot load under Jest's CommonJS runtime.
    const root = dirname(CONTRACTS_DIR);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/contracts/generate-types.ts'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(run.stderr.trim() || `generate-types --check exited with ${run.status}`);
  });
});
