import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type Options } from 'json-schema-to-typescript';
import { CONTRACTS_DIR, listContractFiles } from '../contracts-dir';
import { isJsonObject, type JsonObject, schemaForTypes } from './schema-for-types';

/** Where the generated types live: libs/contracts/src/generated. */
export const GENERATED_DIR = join(__dirname, '..', 'generated');

/** One generated file; `path` is posix and relative to GENERATED_DIR. */
export interface GeneratedFile {
  path: string;
  content: string;
}

interface SchemaModule {
  file: string;
  ref: string;
  schema: JsonObject;
  /** A file of `$defs` only (common/definitions): each titled definition becomes its own export. */
  isDefinitions: boolean;
  declares: string[];
}

/** Reads a referenced contract the way the root one is compiled (see schema-for-types). */
function readForTypes(file: { url: string }): string {
  const path = file.url.startsWith('file:') ? fileURLToPath(file.url) : decodeURI(file.url);
  return JSON.stringify(schemaForTypes(JSON.parse(readFileSync(path, 'utf8'))));
}

const COMPILE_OPTIONS: Partial<Options> = {
  bannerComment: '',
  additionalProperties: false,
  // Types from another contract are imported from that contract's file, so each name is declared once.
  declareExternallyReferenced: false,
  format: true,
  // `[A, ...A[]]` for minItems would force casts on every array built in code; the validator enforces minItems.
  ignoreMinAndMaxItems: true,
  $refOptions: { resolve: { file: { read: readForTypes } } },
};

/** Generates one TypeScript file per schema under contracts/, plus schema-refs.ts and index.ts. */
export async function generateContractTypes(contractsDir: string = CONTRACTS_DIR): Promise<GeneratedFile[]> {
  const modules = listContractFiles(contractsDir, (path) => path.endsWith('.schema.json')).map((file) => loadModule(contractsDir, file));
  const owners = ownerOfEachName(modules);
  const files: GeneratedFile[] = [];
  for (const contract of modules) {
    const body = await compileModule(contractsDir, contract);
    checkDeclarations(contract, body);
    files.push({ path: `${contract.ref}.ts`, content: banner(`contracts/${contract.file}`) + importsFor(contract, body, owners) + body });
  }
  files.push({ path: 'schema-refs.ts', content: schemaRefsFile(modules) });
  files.push({ path: 'index.ts', content: indexFile(modules) });
  return files;
}

/** Paths (relative to GENERATED_DIR) that differ from `files`: changed, missing, or no longer generated. */
export function outdatedGeneratedFiles(files: readonly GeneratedFile[], generatedDir: string = GENERATED_DIR): string[] {
  const changed = files
    .filter((file) => {
      const path = join(generatedDir, file.path);
      return !existsSync(path) || readFileSync(path, 'utf8') !== file.content;
    })
    .map((file) => file.path);
  const expected = new Set(files.map((file) => file.path));
  const stale = existsSync(generatedDir) ? filesUnder(generatedDir, generatedDir).filter((path) => !expected.has(path)) : [];
  return [...changed, ...stale];
}

function filesUnder(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), root) : [relative(root, join(dir, entry.name)).split(sep).join('/')],
  );
}

function loadModule(contractsDir: string, file: string): SchemaModule {
  const schema: unknown = JSON.parse(readFileSync(join(contractsDir, file), 'utf8'));
  if (!isJsonObject(schema)) throw new Error(`contracts/${file} is not a JSON Schema object`);
  const ref = file.replace(/\.schema\.json$/, '');
  const isDefinitions = schema.type === undefined && schema.properties === undefined && isJsonObject(schema.$defs);
  const titled = isDefinitions ? Object.entries(schema.$defs as JsonObject) : [['(root)', schema] as const];
  const declares = titled.map(([key, sub]) => {
    if (!isJsonObject(sub) || typeof sub.title !== 'string') {
      throw new Error(`contracts/${file} ${key} needs a "title": it names the generated TypeScript type`);
    }
    return sub.title;
  });
  return { file, ref, schema, isDefinitions, declares };
}

function ownerOfEachName(modules: readonly SchemaModule[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const contract of modules) {
    for (const name of contract.declares) {
      const other = owners.get(name);
      if (other) throw new Error(`Title ${name} is used by both ${other} and ${contract.ref}; titles name types and must be unique`);
      owners.set(name, contract.ref);
    }
  }
  return owners;
}

async function compileModule(contractsDir: string, contract: SchemaModule): Promise<string> {
  const options = { ...COMPILE_OPTIONS, cwd: dirname(join(contractsDir, contract.file)) };
  const schema = schemaForTypes(contract.schema) as JsonObject;
  if (!contract.isDefinitions) return compile(schema, contract.declares[0], options);
  // One compile per definition, each seeing its siblings so that internal `#/$defs/...` refs resolve.
  const chunks: string[] = [];
  for (const definition of Object.values(schema.$defs as JsonObject)) {
    const title = (definition as JsonObject).title as string;
    chunks.push(await compile({ ...(definition as JsonObject), $defs: schema.$defs }, title, options));
  }
  return chunks.join('\n');
}

/** Catches the ways json-schema-to-typescript can silently rename or duplicate a type. */
function checkDeclarations(contract: SchemaModule, body: string): void {
  const declared = [...body.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
  const expected = [...contract.declares].sort();
  if (JSON.stringify([...declared].sort()) !== JSON.stringify(expected)) {
    throw new Error(`contracts/${contract.file} generated ${declared.join(', ')} but should declare exactly ${expected.join(', ')}`);
  }
}

function importsFor(contract: SchemaModule, body: string, owners: Map<string, string>): string {
  const code = body.replace(/\/\*[\s\S]*?\*\//g, '');
  const byModule = new Map<string, string[]>();
  for (const [name, owner] of owners) {
    if (owner === contract.ref || !new RegExp(`\\b${name}\\b`).test(code)) continue;
    byModule.set(owner, [...(byModule.get(owner) ?? []), name]);
  }
  const lines = [...byModule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([owner, names]) => importLine(names.sort(), relativeModule(contract.ref, owner)));
  return lines.length > 0 ? `${lines.join('')}\n` : '';
}

/** Wrapped the way prettier (which formats the rest of the file) would. */
function importLine(names: readonly string[], from: string): string {
  const line = `import type { ${names.join(', ')} } from "${from}";\n`;
  return line.length <= 121 ? line : `import type {\n${names.map((n) => `  ${n}`).join(',\n')}\n} from "${from}";\n`;
}

function relativeModule(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

function banner(source: string): string {
  return [
    '/**',
    ` * Generated from ${source} by \`npm run contracts:types\`.`,
    ' * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.',
    ' */',
    '',
    '',
  ].join('\n');
}

function schemaRefsFile(modules: readonly SchemaModule[]): string {
  const roots = modules.filter((m) => !m.isDefinitions);
  const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
  return [
    banner('every schema under contracts/'),
    ...roots.map((m) => `import type { ${m.declares[0]} } from "./${m.ref}";\n`),
    '\n/** Each contract schema by its ref (its path under contracts/ without .schema.json) with the type it describes. */\n',
    'export interface ContractTypes {\n',
    ...roots.map((m) => `  "${m.ref}": ${m.declares[0]};\n`),
    '}\n\nexport type SchemaRef = keyof ContractTypes;\n',
    '\n/** The refs by name, e.g. `contractValidator().validate(SCHEMA_REFS.orderIssuedV1, data)`. */\n',
    'export const SCHEMA_REFS = {\n',
    ...roots.map((m) => `  ${lowerFirst(m.declares[0])}: "${m.ref}",\n`),
    '} as const satisfies Record<string, SchemaRef>;\n',
  ].join('');
}

function indexFile(modules: readonly SchemaModule[]): string {
  return [
    banner('every schema under contracts/'),
    ...modules.map((m) => `export * from "./${m.ref}";\n`),
    'export * from "./schema-refs";\n',
  ].join('');
}
