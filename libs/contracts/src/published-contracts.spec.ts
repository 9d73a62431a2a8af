import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_DIR, listContractFiles } from './contracts-dir';
import { readLock, sha256Of } from './tooling/published-lock';

describe('published contracts', () => {
  const { published } = readLock();

  it.each(Object.keys(published))('%s is unchanged since it was published', (file) => {
    const path = join(CONTRACTS_DIR, file);
    if (!existsSync(path)) throw new Error(`published contract ${file} was deleted; published contracts stay`);
    if (sha256Of(path) !== published[file]) {
      throw new Error(`published contract ${file} was edited; add a new version beside it instead`);
    }
  });

  it('lists every contract file under contracts/', () => {
    const unpublished = listContractFiles().filter((file) => !(file in published));
    if (unpublished.length > 0) {
      throw new Error(`not in published.lock.json: ${unpublished.join(', ')}; run npm run contracts:publish`);
    }
  });
});
