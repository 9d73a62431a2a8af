import { existsSync, mkdtempSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTRACTS_DIR, listContractFiles } from './contracts-dir';
import { deletedMessage, editedMessage, lockViolations, unpublishedMessage } from './tooling/lock-messages';
import { LOCK_FILE, checkAgainstLock, lockWith, readLock, serializeLock, sha256Of } from './tooling/published-lock';

describe('published contracts', () => {
  const { published } = readLock();

  it.each(Object.keys(published))('%s is unchanged since it was published', (file) => {
    const path = join(CONTRACTS_DIR, file);
    if (!existsSync(path)) throw new Error(deletedMessage(file));
    if (sha256Of(path) !== published[file]) throw new Error(editedMessage(file));
  });

  it('lists every contract file under contracts/', () => {
    const unpublished = listContractFiles().filter((file) => !(file in published));
    if (unpublished.length > 0) throw new Error(unpublishedMessage(unpublished));
  });
});

describe('the lock check', () => {
  let dir: string;
  const file = 'events/thing.v1.schema.json';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'contracts-lock-'));
    mkdirSync(join(dir, 'events'));
    writeFileSync(join(dir, file), '{ "title": "ThingV1" }\n');
    writeFileSync(join(dir, LOCK_FILE), serializeLock(lockWith({ published: {} }, [file], dir)));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes an untouched published file', () => {
    expect(lockViolations(checkAgainstLock(dir))).toEqual([]);
  });

  it('names the published file that was edited in place', () => {
    writeFileSync(join(dir, file), '{ "title": "ThingV1", "description": "changed in place" }\n');
    expect(lockViolations(checkAgainstLock(dir))).toEqual([
      'published contract contracts/events/thing.v1.schema.json was edited; restore it and add a new version beside it instead',
    ]);
  });

  it('names the published file that was deleted', () => {
    unlinkSync(join(dir, file));
    expect(lockViolations(checkAgainstLock(dir))).toEqual(['published contract contracts/events/thing.v1.schema.json was deleted; published contracts stay']);
  });

  it('names a new file as not yet published, without refusing it', () => {
    writeFileSync(join(dir, 'events/thing.v2.schema.json'), '{ "title": "ThingV2" }\n');
    const check = checkAgainstLock(dir);
    expect(lockViolations(check)).toEqual([]);
    expect(unpublishedMessage(check.added)).toContain('contracts/events/thing.v2.schema.json');
  });
});
