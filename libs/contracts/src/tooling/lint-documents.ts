import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { loadAsyncApiDocument, newestAsyncApiFile } from '../asyncapi';
import { CONTRACTS_DIR } from '../contracts-dir';
import { loadOpenApiDocument, newestOpenApiFile } from '../openapi';

/** A document the linter reads: its path under contracts/ and its content as the apps serve it (schema files inlined). */
export interface SurfaceDocument {
  /** `openapi/core.v8.yaml`, `asyncapi.v6.yaml`. */
  file: string;
  document: Record<string, unknown>;
}

/** The newest version of every HTTP surface's OpenAPI document and of the AsyncAPI document, as served. */
export function newestSurfaceDocuments(contractsDir: string = CONTRACTS_DIR): SurfaceDocument[] {
  const names = [...new Set(readdirSync(join(contractsDir, 'openapi')).map((file) => /^(.+)\.v\d+\.yaml$/.exec(file)?.[1]).filter((n): n is string => !!n))];
  const openApi = names.sort().map((name) => {
    const file = newestOpenApiFile(name, contractsDir);
    return { file: `openapi/${file}`, document: loadOpenApiDocument(name, contractsDir, file) };
  });
  const asyncApi = newestAsyncApiFile(contractsDir);
  return [...openApi, { file: asyncApi, document: loadAsyncApiDocument(contractsDir, asyncApi) }];
}

export interface LintProblem {
  /** Under contracts/. */
  file: string;
  rule: string;
  severity: string;
  message: string;
  /** Where in the document, as a JSON pointer (the same in the file under contracts/, but for inlined schemas). */
  pointer: string;
}

interface RedoclyProblem {
  ruleId: string;
  severity: string;
  message: string;
  location?: { source?: { ref?: string }; pointer?: string }[];
}

/**
 * Lints the documents with Redocly CLI and the repository's redocly.yaml. The served documents are written to a
 * temporary copy of the repository's layout (contracts/openapi/core.v8.yaml, …) beside a copy of the config, so the
 * config's per-document settings (`apis`, rooted at contracts/…) apply to them. Redocly runs with its telemetry and its
 * update check off: it needs no network. `format` json: the problems; stylish or codeframe: Redocly's report, printed.
 */
export function lintWithRedocly(
  documents: SurfaceDocument[],
  { format = 'json', repoRoot = dirname(CONTRACTS_DIR) }: { format?: 'json' | 'stylish' | 'codeframe'; repoRoot?: string } = {},
): { problems: LintProblem[]; status: number; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'hub-lint-'));
  try {
    copyFileSync(join(repoRoot, 'redocly.yaml'), join(work, 'redocly.yaml'));
    const paths = documents.map(({ file, document }) => {
      const path = join('contracts', ...file.split('/'));
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), JSON.stringify(document, null, 2)); // JSON is YAML: the file keeps its name
      return path;
    });
    const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
    const result = spawnSync(process.execPath, [cli, 'lint', ...paths, '--format', format, '--max-problems', '10000'], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    if (result.error) throw result.error;
    const output = result.stdout;
    const problems = format === 'json' ? parseJsonReports(output, work) : [];
    if (format === 'json' && result.status !== 0 && problems.length === 0) {
      throw new Error(`redocly lint exited with ${result.status} and reported no problem:\n${result.stderr}`);
    }
    // Redocly's stderr: its progress, and a boxed notice that its next releases need Node 22 (left out).
    const progress = result.stderr.replace(/^.*[╔║╚].*\n?/gm, '').trim();
    return { problems, status: result.status ?? 1, output: format === 'json' ? output : `${progress}\n${output}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Redocly prints one JSON report per document, one right after another (`}{`): each value, in order. */
export function jsonValuesIn(output: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < output.length; i++) {
    const c = output[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if ((c === '}' || c === ']') && --depth === 0) values.push(JSON.parse(output.slice(start, i + 1)));
  }
  return values;
}

function parseJsonReports(output: string, work: string): LintProblem[] {
  return (jsonValuesIn(output) as { problems: RedoclyProblem[] }[])
    .flatMap((report) => report.problems)
    .map((problem) => {
      const location = problem.location?.[0];
      const ref = location?.source?.ref ?? '';
      const file = relative(join(work, 'contracts'), ref.startsWith('/') ? ref : join(work, ref)).split(sep).join('/');
      return { file, rule: problem.ruleId, severity: problem.severity, message: problem.message, pointer: location?.pointer ?? '' };
    });
}

/**
 * The AsyncAPI document through @asyncapi/parser, which the events page's renderer runs too: its errors and warnings
 * (the AsyncAPI specification's JSON Schema and the parser's own rules). Information and hints are left out.
 */
export async function asyncApiParserIssues(document: Record<string, unknown>): Promise<string[]> {
  const { Parser } = await import('@asyncapi/parser');
  const { diagnostics } = await new Parser().parse(JSON.stringify(document));
  // Severity as Spectral counts it: 0 error, 1 warning, 2 information, 3 hint.
  return diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code} at ${d.path.join('.') || '(document)'}: ${d.message}`);
}
