// Renders deploy/overlays/dev and prod with `kubectl kustomize` (offline) and checks them against the code: every app
// with its probes, resources, configuration and Secrets, its Service and PodDisruptionBudget; the Strimzi Kafka at our
// Kafka version; and every topic of the catalog. No cluster, database or broker is needed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDemoEnvironment } from '@hub/config';
import { catalogTopics } from '@hub/messaging';
import { KAFKA_CLUSTER, kafkaTopicsYaml, resourceNameOf, TOPICS_FILE } from '../../scripts/deploy/kafka-topics';
import { appFacts, type AppFacts, demoEndpointPath, isSecretVariable, localKafkaVersion, secretShapes, standInSecrets } from './app-facts';
import { baseName, bytesOf, type Container, environmentOf, render, type Rendered, REPO_ROOT, type Resource, type Variable } from './rendered';

const APPS = appFacts();
const IMAGE = 'partner-hub/hub';
const MB = 1e6;

type Overlay = 'dev' | 'prod';
const OVERLAYS: Overlay[] = ['dev', 'prod'];
const expectedApps = (overlay: Overlay) => APPS.filter((a) => overlay === 'dev' || !a.devOnly);

/** tsconfig's outDir and rootDir place apps/<app>/src/main.ts at dist/apps/<app>/src/main.js (what `npm run build` writes). */
function compiledPath(source: string): string {
  const { compilerOptions } = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: { outDir: string; rootDir: string } };
  expect(compilerOptions.rootDir).toBe('.');
  return join(compilerOptions.outDir, source).replace(/^\.\//, '').replace(/\.ts$/, '.js');
}

const appContainer = (deployment: Resource): Container => {
  const containers = deployment.spec.template.spec.containers as Container[];
  expect(containers.map((c) => c.name)).toEqual(['app']);
  return containers[0];
};

/** A probe's port as a number: a named port is looked up on the container. */
const probePort = (container: Container, port: string | number) =>
  typeof port === 'number' ? port : container.ports?.find((p) => p.name === port)?.containerPort;

const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

describe.each(OVERLAYS)('deploy/overlays/%s', (overlay) => {
  let rendered: Rendered;
  const external = overlay === 'prod' ? standInSecrets() : {};

  beforeAll(() => {
    rendered = render(overlay);
  });

  const deploymentOf = (app: AppFacts): Resource => {
    const deployment = rendered.find('Deployment', app.name);
    if (!deployment) throw new Error(`deploy/overlays/${overlay} has no Deployment ${app.name}`);
    return deployment;
  };
  const envOf = (app: AppFacts): Map<string, Variable> => environmentOf(rendered, appContainer(deploymentOf(app)), external);
  const plain = (variables: Map<string, Variable>) => Object.fromEntries([...variables].map(([k, v]) => [k, v.value ?? '']));

  it('deploys exactly the apps of this environment: every app under apps/, production without partner-sim and staff-idp', () => {
    const deployed = rendered.hubDeployments().map((d) => d.metadata.name).sort();
    expect(deployed).toEqual(expectedApps(overlay).map((a) => a.name).sort());
    if (overlay === 'prod') {
      expect(deployed).not.toContain('partner-sim');
      expect(deployed).not.toContain('staff-idp');
      expect(rendered.ofKind('Deployment')).toHaveLength(deployed.length);
      expect(rendered.text).not.toMatch(/partner-sim|staff-idp/);
    }
  });

  describe.each(expectedApps(overlay).map((a) => [a.name, a] as const))('%s', (_name, app) => {
    it('runs the built main.js of the app from the one hub image, as a non-root user on a read-only file system', () => {
      const deployment = deploymentOf(app);
      const container = appContainer(deployment);
      expect(container.command).toEqual(['node', compiledPath(`apps/${app.name}/src/main.ts`)]);
      expect(container.image).toMatch(new RegExp(`^${IMAGE}:[\\w.-]+$`));
      if (overlay === 'prod') expect(container.image).not.toMatch(/:(latest|dev)$/);
      const pod = deployment.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const c of [container, ...((pod.initContainers ?? []) as Container[])]) {
        expect(c.image).toBe(container.image);
        expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      }
    });

    it('listens on its port on every interface, and names that port http', () => {
      const container = appContainer(deploymentOf(app));
      expect(container.ports).toEqual([{ name: 'http', containerPort: app.port }]);
      const env = plain(envOf(app));
      if (app.reads.has('PORT')) expect(env.PORT).toBe(String(app.port));
      if (app.reads.has('HOST')) expect(env.HOST).toBe('0.0.0.0');
      if (app.reads.has('STAFF_IDP_PORT')) expect(env.STAFF_IDP_PORT).toBe(String(app.port));
      if (app.reads.has('STAFF_IDP_HOST')) expect(env.STAFF_IDP_HOST).toBe('0.0.0.0');
    });

    it(`has a startup, liveness and readiness probe on its port${app.probes === 'hub' ? ' (/health/live, /health/ready) and a Prometheus scrape of /metrics' : ''}`, () => {
      const deployment = deploymentOf(app);
      const container = appContainer(deployment);
      const paths = app.probes === 'hub' ? { startupProbe: '/health/live', livenessProbe: '/health/live', readinessProbe: '/health/ready' } : {
        startupProbe: '/.well-known/openid-configuration',
        livenessProbe: '/.well-known/openid-configuration',
        readinessProbe: '/.well-known/openid-configuration',
      };
      for (const [probe, path] of Object.entries(paths)) {
        const httpGet = (container[probe] as { httpGet?: { path: string; port: string | number; httpHeaders?: { name: string; value: string }[] } } | undefined)?.httpGet;
        expect({ probe, path: httpGet?.path, port: httpGet && probePort(container, httpGet.port) }).toEqual({ probe, path, port: app.port });
        // The hub's request edge answers 421 to a Host it does not know, and the kubelet would send the pod's IP.
        if (app.probes === 'hub') expect(httpGet?.httpHeaders).toContainEqual({ name: 'Host', value: 'localhost' });
      }
      if (app.probes === 'hub') {
        expect(deployment.spec.template.metadata.annotations).toMatchObject({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(app.port), 'prometheus.io/path': '/metrics' });
      }
    });

    it('requests CPU and memory, and may use what the issue allows (RSS 150 MB at rest, 300 MB under load)', () => {
      const { requests, limits } = appContainer(deploymentOf(app)).resources as { requests: Record<string, string>; limits: Record<string, string> };
      expect(requests.cpu).toBeDefined();
      expect(bytesOf(requests.memory)).toBeGreaterThanOrEqual(150 * MB);
      expect(bytesOf(limits.memory)).toBeGreaterThanOrEqual(300 * MB);
      expect(bytesOf(limits.memory)).toBeGreaterThanOrEqual(bytesOf(requests.memory));
    });

    it(`runs ${overlay === 'prod' ? 'two or more' : 'one or more'} replicas behind a Service of its name, with a PodDisruptionBudget that lets a drain proceed`, () => {
      const deployment = deploymentOf(app);
      const replicas = deployment.spec.replicas as number;
      expect(replicas).toBeGreaterThanOrEqual(overlay === 'prod' ? 2 : 1);
      const podLabels = deployment.spec.template.metadata.labels as Record<string, string>;
      expect(selects(deployment.spec.selector.matchLabels, podLabels)).toBe(true);
      const service = rendered.find('Service', app.name);
      expect(service && selects(service.spec.selector, podLabels)).toBe(true);
      expect(service?.spec.ports).toContainEqual(expect.objectContaining({ port: app.port, targetPort: 'http' }));
      const budgets = rendered.ofKind('PodDisruptionBudget').filter((b) => selects(b.spec.selector.matchLabels, podLabels));
      expect(budgets).toHaveLength(1);
      const { maxUnavailable, minAvailable } = budgets[0].spec as { maxUnavailable?: number; minAvailable?: number };
      expect(maxUnavailable !== undefined ? maxUnavailable >= 1 : minAvailable !== undefined && minAvailable < replicas).toBe(true);
    });

    it(`takes its configuration from ConfigMaps and its secrets from Secrets (${app.secrets.join(', ') || 'none of its own'})`, () => {
      const container = appContainer(deploymentOf(app));
      expect(container.envFrom?.some((f) => f.configMapRef)).toBe(true);
      const secretRefs = (container.envFrom ?? []).flatMap((f) => (f.secretRef ? [baseName(f.secretRef.name)] : []));
      expect(secretRefs.sort()).toEqual([...app.secrets].sort());
      for (const [name, variable] of envOf(app)) {
        if (isSecretVariable(name)) expect({ name, source: variable.source.kind }).toEqual({ name, source: 'Secret' });
      }
    });

    it('sets only variables the app reads, and passes its own configuration checks at boot', () => {
      const env = envOf(app);
      const unread = [...env].filter(([name, v]) => !app.reads.has(name) && (v.source.kind === 'literal' || !sharedSource(v)));
      expect(unread.map(([name]) => name)).toEqual([]);
      expect(() => app.validate(plain(env))).not.toThrow();
    });

    if (app.database) {
      it('migrates the schema before it starts (the compiled npm run migrate, with the database URL from its Secret)', () => {
        const init = (deploymentOf(app).spec.template.spec.initContainers ?? []) as Container[];
        expect(init.map((c) => c.command)).toEqual([['node', compiledPath('scripts/migrate.ts')]]);
        const env = environmentOf(rendered, init[0], external);
        expect(env.get('DATABASE_URL')?.source).toMatchObject({ kind: 'Secret' });
      });
    }

    if (app.reads.has('HUB_ALLOWED_HOSTS')) {
      it('answers to its Service name (the Host other apps call it by)', () => {
        const hosts = (plain(envOf(app)).HUB_ALLOWED_HOSTS ?? '').split(',');
        expect(hosts).toContain(app.name);
      });
    }

    if (app.adapter) {
      const adapter = app.adapter;
      it(overlay === 'dev' ? "sends orders to its partner's simulator" : "sends orders to its partner's own https endpoint", () => {
        const url = plain(envOf(app))[`${adapter.envPrefix}_ENDPOINT_URL`];
        if (overlay === 'dev') expect(url).toBe(`http://partner-sim:${portOf('partner-sim')}${demoEndpointPath(adapter)}`);
        else expect(url).toMatch(/^https:\/\/[^/]+\.[a-z]+\//);
      });
    }
  });

  /** A ConfigMap or Secret several apps read: a key in it must be read by at least one of them (checked below). */
  const sharedSource = (variable: Variable) => variable.source.kind !== 'literal' && rendered.readersOf(variable.source.kind, variable.source.name).length > 1;

  it('has no ConfigMap or Secret key that none of the apps reading it reads (a misspelt variable is silently ignored)', () => {
    for (const kind of ['ConfigMap', 'Secret'] as const) {
      for (const resource of rendered.ofKind(kind)) {
        const apps = rendered.readersOf(kind, resource.metadata.name).map((d) => app(d.metadata.name));
        if (apps.length === 0) continue; // the dev PostgreSQL's own Secret
        const where = `${kind} ${baseName(resource.metadata.name)}`;
        for (const key of Object.keys(rendered.dataOf(kind, resource.metadata.name) ?? {})) {
          expect({ [where]: key, readBy: apps.filter((a) => a.reads.has(key)).map((a) => a.name) }).toEqual({ [where]: key, readBy: expect.arrayContaining([expect.any(String)]) });
        }
      }
    }
  });

  it('gives the console every adapter of the overlay, core and the reconciler at their Services', () => {
    const env = plain(envOf(app('console')));
    const adapters = expectedApps(overlay).filter((a) => a.adapter);
    expect(env.PARTNER_ADAPTER_URLS.split(',').sort()).toEqual(adapters.map((a) => `${a.adapter?.partnerId}=http://${a.name}:${a.port}`).sort());
    expect(env.CORE_URL).toBe(`http://core:${portOf('core')}`);
    expect(env.RECONCILER_URL).toBe(`http://reconciler:${portOf('reconciler')}`);
  });

  it(overlay === 'dev' ? 'is a demo environment (HUB_ENV=dev) signing staff in at staff-idp' : 'is not a demo environment, and signs staff in at a provider of its own', () => {
    const hubEnvs = new Set(expectedApps(overlay).filter((a) => a.reads.has('HUB_ENV')).map((a) => plain(envOf(a)).HUB_ENV));
    expect(hubEnvs.size).toBe(1);
    const [hubEnv] = hubEnvs;
    const issuers = new Set(expectedApps(overlay).filter((a) => a.reads.has('STAFF_OIDC_ISSUER')).map((a) => plain(envOf(a)).STAFF_OIDC_ISSUER));
    expect(issuers.size).toBe(1);
    if (overlay === 'dev') {
      expect(hubEnv).toBe('dev');
      expect([...issuers]).toEqual([plain(envOf(app('staff-idp'))).STAFF_IDP_ISSUER]);
    } else {
      expect(isDemoEnvironment(hubEnv ?? '')).toBe(false);
      expect([...issuers][0]).toMatch(/^https:\/\//);
    }
  });

  it('keeps every secret-named variable out of its ConfigMaps', () => {
    for (const resource of rendered.ofKind('ConfigMap')) {
      expect({ configMap: baseName(resource.metadata.name), secrets: Object.keys(resource.data ?? {}).filter(isSecretVariable) }).toEqual({ configMap: baseName(resource.metadata.name), secrets: [] });
    }
  });

  if (overlay === 'dev') {
    it("has each simulated partner sign with its adapter's own Secret key, and reach its adapter and core's token endpoint", () => {
      const sim = envOf(app('partner-sim'));
      for (const adapter of APPS.filter((a) => a.adapter)) {
        const prefix = adapter.adapter?.envPrefix;
        const adapterSecret = envOf(adapter).get(`${prefix}_WEBHOOK_SECRET`);
        expect(sim.get(`${prefix}_WEBHOOK_SECRET`)?.source).toEqual(adapterSecret?.source);
        expect(sim.get(`${prefix}_ADAPTER_URL`)?.value).toBe(`http://${adapter.name}:${adapter.port}`);
        expect(sim.get(`${prefix}_TOKEN_URL`)?.value).toBe(`http://core:${portOf('core')}/oauth/token`);
      }
    });

    it('generates its Secrets with the keys production must provide', () => {
      for (const [name, keys] of Object.entries(secretShapes())) {
        const secret = rendered.ofKind('Secret').find((s) => baseName(s.metadata.name) === name);
        expect({ name, keys: Object.keys(secret?.data ?? {}).sort() }).toEqual({ name, keys: [...keys].sort() });
      }
    });
  } else {
    it('holds no secret: it renders no Secret, and no value that looks like one', () => {
      expect(rendered.ofKind('Secret')).toEqual([]);
      expect(rendered.text).not.toMatch(/whsec_|-----BEGIN|dev-only|postgres(ql)?:\/\/[^\s/@:]+:[^\s/@]+@/);
    });
  }

  describe('Kafka', () => {
    const kafka = () => {
      const clusters = rendered.ofKind('Kafka');
      expect(clusters).toHaveLength(1);
      return clusters[0];
    };
    const brokers = () =>
      rendered.ofKind('KafkaNodePool').filter((p) => p.metadata.labels?.['strimzi.io/cluster'] === KAFKA_CLUSTER && (p.spec.roles as string[]).includes('broker')).reduce((n, p) => n + (p.spec.replicas as number), 0);

    it(`is a Strimzi Kafka in KRaft mode with node pools, at the Kafka version we test against (${localKafkaVersion()})`, () => {
      const cluster = kafka();
      expect(cluster.apiVersion).toBe('kafka.strimzi.io/v1beta2');
      expect(cluster.metadata.name).toBe(KAFKA_CLUSTER);
      expect(cluster.metadata.annotations).toMatchObject({ 'strimzi.io/kraft': 'enabled', 'strimzi.io/node-pools': 'enabled' });
      expect(cluster.spec.zookeeper).toBeUndefined();
      expect(cluster.spec.kafka.version).toBe(localKafkaVersion());
      expect(cluster.spec.kafka.metadataVersion).toMatch(new RegExp(`^${localKafkaVersion().split('.').slice(0, 2).join('\\.')}-IV\\d+$`));
      expect(cluster.spec.entityOperator.topicOperator).toBeDefined();
      expect(cluster.spec.kafka.config['auto.create.topics.enable']).toBe(false);
      const roles = rendered.ofKind('KafkaNodePool').filter((p) => p.metadata.labels?.['strimzi.io/cluster'] === KAFKA_CLUSTER).flatMap((p) => p.spec.roles as string[]);
      expect(new Set(roles)).toEqual(new Set(['controller', 'broker']));
    });

    it(overlay === 'dev' ? 'runs one node with replication 1' : 'runs three nodes with replication 3 and min.insync.replicas 2', () => {
      const config = kafka().spec.kafka.config as Record<string, unknown>;
      const [nodes, replication, minIsr] = overlay === 'dev' ? [1, 1, 1] : [3, 3, 2];
      expect(brokers()).toBe(nodes);
      expect(config).toMatchObject({
        'default.replication.factor': replication,
        'offsets.topic.replication.factor': replication,
        'transaction.state.log.replication.factor': replication,
        'min.insync.replicas': minIsr,
        'transaction.state.log.min.isr': minIsr,
      });
    });

    it('is labelled apart, with its topics, to be applied first (deploy/README.md)', () => {
      const labelled = rendered.resources.filter((r) => r.metadata.labels?.['app.kubernetes.io/component'] === 'kafka');
      const kafkaKinds = ['Kafka', 'KafkaNodePool', 'KafkaTopic'];
      expect(labelled.map((r) => `${r.kind}/${r.metadata.name}`).sort()).toEqual(
        rendered.resources.filter((r) => kafkaKinds.includes(r.kind)).map((r) => `${r.kind}/${r.metadata.name}`).sort(),
      );
    });

    it('is where the apps look for it (KAFKA_BROKERS is its plain listener)', () => {
      const listener = (kafka().spec.kafka.listeners as { name: string; port: number; tls: boolean }[]).find((l) => !l.tls);
      for (const a of expectedApps(overlay).filter((x) => x.reads.has('KAFKA_BROKERS'))) {
        expect(plain(envOf(a)).KAFKA_BROKERS).toBe(`${KAFKA_CLUSTER}-kafka-bootstrap:${listener?.port}`);
      }
    });

    it("has every topic of the catalog and its dead-letter topic as a KafkaTopic, with the catalog's partitions, and no other", () => {
      const topics = rendered.ofKind('KafkaTopic');
      const wanted = catalogTopics().flatMap((t) => [
        { topicName: t.name, partitions: t.partitions },
        { topicName: t.deadLetterTopic, partitions: 1 },
      ]);
      const replicas = overlay === 'dev' ? 1 : 3;
      expect(topics.map((t) => ({ topicName: t.spec.topicName, partitions: t.spec.partitions })).sort(byTopic)).toEqual(wanted.sort(byTopic));
      for (const topic of topics) {
        expect(topic.metadata.name).toBe(resourceNameOf(topic.spec.topicName));
        expect(topic.metadata.labels?.['strimzi.io/cluster']).toBe(KAFKA_CLUSTER);
        expect({ topic: topic.spec.topicName, replicas: topic.spec.replicas }).toEqual({ topic: topic.spec.topicName, replicas });
      }
      expect(replicas).toBeLessThanOrEqual(brokers());
    });
  });

  const app = (name: string): AppFacts => {
    const found = APPS.find((a) => a.name === name);
    if (!found) throw new Error(`no app ${name} under apps/`);
    return found;
  };
  const portOf = (name: string) => app(name).port;
});

it('has deploy/base/kafka/topics.yaml as npm run deploy:topics writes it from the topic catalog', () => {
  expect(readFileSync(TOPICS_FILE, 'utf8')).toBe(kafkaTopicsYaml());
});

it('names, in deploy/, every variable every app reads (set there, or said to be left at its default)', () => {
  const said = ['base/config', 'overlays/dev', 'overlays/prod']
    .flatMap((dir) => readdirSync(join(REPO_ROOT, 'deploy', dir)).filter((f) => /\.(env|yaml)$/.test(f)).map((f) => readFileSync(join(REPO_ROOT, 'deploy', dir, f), 'utf8')))
    .join('\n');
  const unsaid = APPS.flatMap((a) => [...a.reads].filter((name) => !new RegExp(`\\b${name}\\b`).test(said)).map((name) => `${a.name}: ${name}`));
  expect(unsaid).toEqual([]);
});

const byTopic = (a: { topicName: string }, b: { topicName: string }) => a.topicName.localeCompare(b.topicName);
