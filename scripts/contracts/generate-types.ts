/**
 * Regenerates libs/contracts/src/generated from contracts/ (`npm run contracts:types`).
 * With --check it writes nothing and fails when the committed files differ from what it would write;
 * the generated-types spec runs that (in a child process: prettier 3, which formats the output, loads
 * ESM internals that Jest's CommonJS runtime cannot).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// Build tooling stays out of the @hub/contracts runtime entry: it needs the json-schema-to-typescript devDependency.
// eslint-disable-next-line no-restricted-imports
import { GENERATED_DIR, generateContractTypes, outdatedGeneratedFiles } from '../../libs/contracts/src/tooling/type-generation';

async function main(): Promise<void> {
  const files = await generateContractTypes();
  if (process.argv.includes('--check')) {
    const outdated = outdatedGeneratedFiles(files);
    if (outdated.length > 0) {
      console.error(`libs/contracts/src/generated is out of date (${outdated.join(', ')}); run npm run contracts:types`);
      process.exitCode = 1;
    }
    return;
  }
  // Start from empty so a schema that was removed or renamed leaves no stale type behind.
  rmSync(GENERATED_DIR, { recursive: true, force: true });
  for (const file of files) {
    const target = join(GENERATED_DIR, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  console.log(`Wrote ${files.length} files to ${GENERATED_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
