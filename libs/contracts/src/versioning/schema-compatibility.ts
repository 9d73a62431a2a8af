import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_BASE_URI, listContractFiles } from '../contracts-dir';
import { type ContractIssue, describeIssues } from '../contract-issues';
import { ContractValidator } from '../contract-validator';
import { isRecord } from '../json-refs';
import type { Direction } from './contract-directions';
import { type SchemaObject, sampleDocuments } from './schema-samples';
import { type VersionPair, announcesBreakFrom, schemaRefOf } from './version-pairs';

/** The examples every contract keeps (contracts/README.md): libs/contracts/test/fixtures/<path>.v<N>/ok/*.json. */
export const CONTRACT_FIXTURES_DIR = join(__dirname, '..', '..', 'test', 'fixtures');

/**
 * How ContractValidator words a property the schema does not declare. A reader ignores what it has not heard
 * of, so for a produced contract these issues do not count; the spec pins the wording.
 */
export const UNKNOWN_PROPERTY_REASON = 'is not allowed';

/** A document of one version that the other version refuses. */
export interface Break {
  /** Where it came from: a fixture file, or a generated sample with its JSON. */
  document: string;
  /** The schema that refuses it, as a ref: `partners/lac/status-callback.v2`. */
  refusedBy: string;
  issues: ContractIssue[];
}

export interface Verdict {
  pair: VersionPair;
  direction: Direction;
  /** The first document that shows the new version is not compatible; undefined when none does. */
  firstBreak: Break | undefined;
  /** The new version says "Breaking change from v<older>" in its description. */
  announced: boolean;
}

/** The contracts of one directory, loaded once for every pair judged in it. */
export class VersionJudge {
  private readonly validator: ContractValidator;
  private readonly documents: Map<string, SchemaObject>;

  constructor(contractsDir: string, private readonly fixturesDir: string = CONTRACT_FIXTURES_DIR) {
    this.validator = new ContractValidator(contractsDir);
    const files = listContractFiles(contractsDir, (path) => path.endsWith('.schema.json'));
    this.documents = new Map(files.map((file) => [`${CONTRACTS_BASE_URI}${file}`, JSON.parse(readFileSync(join(contractsDir, file), 'utf8')) as SchemaObject]));
  }

  judge(pair: VersionPair, direction: Direction): Verdict {
    const [older, newer] = [schemaRefOf(pair.contract, pair.older), schemaRefOf(pair.contract, pair.newer)];
    const readings: [string, string, boolean][] = [];
    // Old senders must still be understood: every old document is a new one.
    if (direction !== 'produced') readings.push([older, newer, false]);
    // Old readers must still understand: every new document is an old one, to a reader that skips what it does not know.
    if (direction !== 'accepted') readings.push([newer, older, true]);
    let firstBreak: Break | undefined;
    for (const [writtenAs, readAs, tolerant] of readings) firstBreak ??= this.firstRefused(writtenAs, readAs, tolerant);
    return { pair, direction, firstBreak, announced: announcesBreakFrom(this.schema(newer).description, pair.older) };
  }

  /** The `ok` fixtures of a version, then the samples generated from its schema, each with where it came from. */
  private documentsOf(ref: string): [string, unknown][] {
    const dir = join(this.fixturesDir, ref, 'ok');
    const fixtures = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')).sort() : [];
    const fromFixtures = fixtures.map((file): [string, unknown] => [`fixture ${ref}/ok/${file}`, JSON.parse(readFileSync(join(dir, file), 'utf8'))]);
    const samples = sampleDocuments(`${CONTRACTS_BASE_URI}${ref}.schema.json`, this.documents);
    return [...fromFixtures, ...samples.map((sample, i): [string, unknown] => [`sample ${i + 1} of ${ref} ${shortJson(sample)}`, sample])];
  }

  private firstRefused(writtenAs: string, readAs: string, tolerant: boolean): Break | undefined {
    const stamps = versionStamps(this.schema(writtenAs), this.schema(readAs));
    for (const [document, data] of this.documentsOf(writtenAs)) {
      const result = this.validator.validate(readAs, restamp(data, stamps));
      const issues = result.ok ? [] : result.issues.filter((issue) => !tolerant || issue.reason !== UNKNOWN_PROPERTY_REASON);
      if (issues.length === 0) continue;
      // A document its own version refuses proves nothing about the other: that is the generator's fault, said loudly.
      const own = this.validator.validate(writtenAs, data);
      if (!own.ok) throw new Error(`${document} is not valid under ${writtenAs} itself: ${describeIssues(own.issues)}`);
      return { document, refusedBy: readAs, issues };
    }
    return undefined;
  }

  private schema(ref: string): SchemaObject {
    const schema = this.documents.get(`${CONTRACTS_BASE_URI}${ref}.schema.json`);
    if (!schema) throw new Error(`no contracts/${ref}.schema.json`);
    return schema;
  }
}

/**
 * Top-level properties that state the payload's own version (`api_version: "1"` in v1, `"2"` in v2): each
 * version changes that stamp by definition, and a reader dispatches on it, so a document is judged with the
 * stamp the reading version expects. Found as a `const` that is the file's version number in both files.
 */
function versionStamps(written: SchemaObject, read: SchemaObject): Map<string, unknown> {
  const versionOf = (schema: SchemaObject): string => /\.v(\d+)\.schema\.json$/.exec(String(schema.$id))?.[1] ?? '';
  const constOf = (schema: SchemaObject, name: string): unknown => {
    const property = isRecord(schema.properties) ? schema.properties[name] : undefined;
    return isRecord(property) ? property.const : undefined;
  };
  const stamps = new Map<string, unknown>();
  for (const name of Object.keys(isRecord(written.properties) ? written.properties : {})) {
    const [from, to] = [constOf(written, name), constOf(read, name)];
    if (from !== undefined && String(from) === versionOf(written) && String(to) === versionOf(read)) stamps.set(name, to);
  }
  return stamps;
}

function restamp(data: unknown, stamps: ReadonlyMap<string, unknown>): unknown {
  if (stamps.size === 0 || !isRecord(data)) return data;
  const copy = { ...data };
  for (const [name, value] of stamps) if (name in copy) copy[name] = value;
  return copy;
}

/** A sample's JSON for a message: enough to see which case it is, cut where it would bury the issue. */
const SAMPLE_SHOWN = 400;
function shortJson(sample: unknown): string {
  const json = JSON.stringify(sample);
  return json.length > SAMPLE_SHOWN ? `${json.slice(0, SAMPLE_SHOWN)}…` : json;
}
