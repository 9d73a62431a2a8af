import type { Direction } from './contract-directions';
import { type PairOutcome, checkSchemaVersions } from './schema-versioning';
import { type TempContracts, writeTempContracts } from './temp-contracts';

/** Two versions of one made-up contract, judged as the hub would judge them in the given direction. */
type Shape = Record<string, unknown>;

const object = (properties: Shape, required: string[] = [], extra: Shape = {}): Shape => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
  ...extra,
});
const STATUS = { type: 'string', enum: ['open', 'closed', 'void'], description: 'Where it stands.' };
const ID = { type: 'string', format: 'uuid', description: 'Its id.' };
const NOTE = { type: 'string', maxLength: 100, description: 'A remark.' };
const V1 = object({ id: ID, status: STATUS }, ['id', 'status']);

let contracts: TempContracts | undefined;
afterEach(() => contracts?.remove());

function judge(older: Shape, newer: Shape, direction: Direction | undefined, files: Record<string, unknown> = {}): PairOutcome {
  contracts = writeTempContracts({
    'events/thing.v1.schema.json': { title: 'ThingV1', ...older },
    'events/thing.v2.schema.json': { title: 'ThingV2', ...newer },
    ...files,
  });
  const [outcome, ...others] = checkSchemaVersions({ contractsDir: contracts.dir, fixturesDir: contracts.fixturesDir, directionOf: () => direction });
  expect(others).toEqual([]);
  if (!outcome) throw new Error('no pair found');
  return outcome;
}

const verdictOf = (outcome: PairOutcome): string => (outcome.verdict?.firstBreak ? 'breaking' : 'compatible');

describe('a new version of a contract the hub accepts (old senders must still be understood)', () => {
  it('is compatible when it adds an optional property', () => {
    expect(verdictOf(judge(V1, object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status']), 'accepted'))).toBe('compatible');
  });

  it('breaks when it adds a required property', () => {
    const outcome = judge(V1, object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status', 'note']), 'accepted');
    expect(outcome.verdict?.firstBreak?.issues).toContainEqual({ field: 'note', reason: 'is required' });
  });

  it('breaks when it narrows an enum', () => {
    const outcome = judge(V1, object({ id: ID, status: { ...STATUS, enum: ['open', 'closed'] } }, ['id', 'status']), 'accepted');
    expect(outcome.verdict?.firstBreak?.issues).toEqual([{ field: 'status', reason: 'must be one of: open, closed' }]);
  });

  it('breaks when it removes a property from a closed object', () => {
    const older = object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status']);
    const outcome = judge(older, V1, 'accepted');
    expect(outcome.verdict?.firstBreak?.issues).toEqual([{ field: 'note', reason: 'is not allowed' }]);
  });

  it('breaks when it lowers a maximum, found by the longest sample', () => {
    const outcome = judge(object({ note: NOTE }), object({ note: { ...NOTE, maxLength: 50 } }), 'accepted');
    expect(outcome.verdict?.firstBreak?.issues).toEqual([{ field: 'note', reason: 'must be at most 50 characters long' }]);
  });

  it('breaks when a definition it refers to in another file narrows', () => {
    const defs = (values: string[]): Shape => ({ title: 'Defs', $defs: { status: { ...STATUS, enum: values } } });
    const ref = (file: string): Shape => object({ status: { $ref: `../common/${file}#/$defs/status` } }, ['status']);
    const outcome = judge(ref('defs.v1.schema.json'), ref('defs.v2.schema.json'), 'accepted', {
      'common/defs.v1.schema.json': defs(['open', 'closed']),
      'common/defs.v2.schema.json': defs(['open']),
    });
    expect(outcome.verdict?.firstBreak?.issues).toEqual([{ field: 'status', reason: 'must be one of: open' }]);
  });

  it('meets a conditional requirement of the old version in its samples, and breaks when the new one adds one', () => {
    const when = (status: string, then: string): Shape => ({ if: { properties: { status: { const: status } }, required: ['status'] }, then: { required: [then] } });
    const older = object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status'], { allOf: [when('void', 'note')] });
    expect(verdictOf(judge(older, older, 'accepted'))).toBe('compatible');
    const newer = object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status'], { allOf: [when('void', 'note'), when('closed', 'note')] });
    expect(judge(older, newer, 'accepted').verdict?.firstBreak?.issues).toEqual([{ field: 'note', reason: 'is required' }]);
  });
});

describe('a new version of a contract the hub produces (old readers must still understand)', () => {
  it('is compatible when it adds a property, even a required one: an old reader skips it', () => {
    expect(verdictOf(judge(V1, object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status', 'note']), 'produced'))).toBe('compatible');
  });

  it('is compatible when it narrows an enum', () => {
    expect(verdictOf(judge(V1, object({ id: ID, status: { ...STATUS, enum: ['open'] } }, ['id', 'status']), 'produced'))).toBe('compatible');
  });

  it('breaks when it widens an enum: an old reader meets a value it does not know', () => {
    const outcome = judge(V1, object({ id: ID, status: { ...STATUS, enum: ['open', 'closed', 'void', 'merged'] } }, ['id', 'status']), 'produced');
    expect(outcome.verdict?.firstBreak?.issues).toEqual([{ field: 'status', reason: 'must be one of: open, closed, void' }]);
  });

  it('breaks when it drops a property an old reader relies on', () => {
    const outcome = judge(V1, object({ id: ID }, ['id']), 'produced');
    expect(outcome.verdict?.firstBreak?.issues).toEqual([{ field: 'status', reason: 'is required' }]);
  });
});

describe('a new version of a contract that goes both ways', () => {
  it('must be compatible each way', () => {
    expect(verdictOf(judge(V1, object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status']), 'both'))).toBe('compatible');
    expect(verdictOf(judge(V1, object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status', 'note']), 'both'))).toBe('breaking');
    expect(verdictOf(judge(V1, object({ id: ID, status: { ...STATUS, enum: ['open', 'closed', 'void', 'merged'] } }, ['id', 'status']), 'both'))).toBe('breaking');
  });
});

describe('the version stamp', () => {
  const stamped = (version: string): Shape =>
    object({ api_version: { type: 'string', const: version, description: 'Version.' }, id: ID }, ['api_version', 'id']);

  it('changing only the payload\'s own version number is not a break', () => {
    expect(verdictOf(judge(stamped('1'), stamped('2'), 'both'))).toBe('compatible');
  });

  it('a constant that is not the version number still counts', () => {
    expect(verdictOf(judge(stamped('1'), stamped('3'), 'accepted'))).toBe('breaking');
  });
});

describe('what the check says', () => {
  const breaking = object({ id: ID, status: STATUS, note: NOTE }, ['id', 'status', 'note']);

  it('fails an unannounced break naming the file, the first refused document and its issue', () => {
    const failure = judge(V1, breaking, 'accepted', { 'fixtures/events/thing.v1/ok/open.json': { id: '9b2f3c4d-0000-4000-8000-000000000001', status: 'open' } }).failure;
    expect(failure).toContain('contracts/events/thing.v2.schema.json breaks v1 (accepted) without saying so');
    expect(failure).toContain('fixture events/thing.v1/ok/open.json is refused by events/thing.v2: note is required');
  });

  it('names a generated sample, with its JSON, when no fixture shows the break', () => {
    expect(judge(V1, breaking, 'accepted').failure).toMatch(/sample 1 of events\/thing\.v1 \{"id":"[0-9a-f-]+","status":"open"\} is refused by events\/thing\.v2: note is required/);
  });

  it('lets a break through that the new version announces', () => {
    const outcome = judge(V1, { ...breaking, description: 'Breaking change from v1: every thing has a note.' }, 'accepted');
    expect(outcome.verdict).toMatchObject({ announced: true, firstBreak: expect.anything() });
    expect(outcome.failure).toBeUndefined();
  });

  it('does not take an announcement of another version', () => {
    expect(judge(V1, { ...breaking, description: 'Breaking change from v0.' }, 'accepted').failure).toContain('without saying so');
  });

  it('asks for a direction when none is known', () => {
    expect(judge(V1, V1, undefined).failure).toContain('say whether the hub accepts or produces events/thing');
  });
});
