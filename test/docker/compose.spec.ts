// Keeps docker/compose.yaml in step with nest-cli.json: nobody here runs Docker, so a new app without a
// compose service (or a service built as the wrong app) would otherwise go unnoticed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const REPO_ROOT = resolve(__dirname, '..', '..');
const DOCKER_DIR = join(REPO_ROOT, 'docker');
const DOCKERFILE = join(DOCKER_DIR, 'Dockerfile');

type BuildArgs = Record<string, string | number | null> | string[];
interface ComposeBuild {
  context?: string;
  dockerfile?: string;
  args?: BuildArgs;
}
interface ComposeService {
  image?: string;
  build?: string | ComposeBuild;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: unknown; disable?: boolean };
}
interface ComposeFile {
  services?: Record<string, ComposeService>;
}
interface NestCli {
  projects: Record<string, { type: string }>;
}

// merge: compose files share settings through YAML anchors and `<<` merge keys (a YAML 1.1 feature).
const compose = parse(readFileSync(join(DOCKER_DIR, 'compose.yaml'), 'utf8'), { merge: true }) as ComposeFile;
const services = compose.services ?? {};
const nestCli = JSON.parse(readFileSync(join(REPO_ROOT, 'nest-cli.json'), 'utf8')) as NestCli;
const applications = Object.entries(nestCli.projects)
  .filter(([, project]) => project.type === 'application')
  .map(([name]) => name);

/** The Dockerfile a service is built from, as an absolute path (compose resolves it against the context). */
function dockerfileOf(service: ComposeService): string | undefined {
  if (service.build === undefined) return undefined;
  const build: ComposeBuild = typeof service.build === 'string' ? { context: service.build } : service.build;
  const context = resolve(DOCKER_DIR, build.context ?? '.');
  return resolve(context, build.dockerfile ?? 'Dockerfile');
}

function buildArg(service: ComposeService, name: string): string | undefined {
  const args = typeof service.build === 'object' ? service.build.args : undefined;
  if (Array.isArray(args)) {
    const entry = args.find((a) => a.startsWith(`${name}=`));
    return entry?.slice(name.length + 1);
  }
  const value = args?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

function dependencies(service: ComposeService): Record<string, string | undefined> {
  const deps = service.depends_on ?? [];
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep.condition]));
}

const serviceWithImage = (prefix: string): string | undefined =>
  Object.entries(services).find(([, s]) => s.image?.startsWith(prefix))?.[0];

describe('docker/Dockerfile', () => {
  const dockerfile = readFileSync(DOCKERFILE, 'utf8');

  it('declares ARG APP', () => {
    expect(dockerfile).toMatch(/^ARG APP\s*$/m);
  });

  it('declares ARG APP in the final stage too, where the app is started (ARGs do not cross stages)', () => {
    const finalStage = dockerfile.split(/^FROM\s/m).pop() ?? '';
    expect(finalStage).toMatch(/^ARG APP\s*$/m);
    expect(finalStage).toMatch(/dist\/apps\/\$\{?APP\}?\/src\/main\.js/);
  });
});

describe('docker/compose.yaml', () => {
  it('finds Nest applications in nest-cli.json to check', () => {
    expect(applications.length).toBeGreaterThan(0);
  });

  it('has a Kafka service (apache/kafka) named kafka, with a healthcheck', () => {
    expect(serviceWithImage('apache/kafka:')).toBe('kafka');
    expect(services.kafka?.healthcheck?.test).toBeDefined();
  });

  it('has a PostgreSQL service named postgres, with a healthcheck', () => {
    expect(serviceWithImage('postgres:')).toBe('postgres');
    expect(services.postgres?.healthcheck?.test).toBeDefined();
  });

  // A loop rather than describe.each, which aborts the whole file on an empty list before the check above runs.
  for (const app of applications) {
    describe(`application ${app}`, () => {
      it('has a service of the same name', () => {
        expect(Object.keys(services)).toContain(app);
      });

      it('is built from docker/Dockerfile', () => {
        expect(dockerfileOf(services[app] ?? {})).toBe(DOCKERFILE);
      });

      it(`is built with the build arg APP=${app}`, () => {
        expect(buildArg(services[app] ?? {}, 'APP')).toBe(app);
      });

      it('waits for Kafka and PostgreSQL to be healthy', () => {
        expect(dependencies(services[app] ?? {})).toEqual(
          expect.objectContaining({ kafka: 'service_healthy', postgres: 'service_healthy' }),
        );
      });
    });
  }
});
