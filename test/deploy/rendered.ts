// Renders an overlay of deploy/ with `kubectl kustomize` (offline: no cluster is asked) and reads what it holds.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const DEPLOY_DIR = join(REPO_ROOT, 'deploy');

export interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // Manifests are free-form below metadata: each check reads the fields it is about.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  [field: string]: unknown;
}

/** The kubectl that renders; KUBECTL names another. */
const KUBECTL = process.env.KUBECTL ?? 'kubectl';

/** `kubectl kustomize deploy/overlays/<overlay>`, parsed; fails, saying why, when kubectl is missing or refuses the overlay. */
export function render(overlay: string): Rendered {
  const dir = join(DEPLOY_DIR, 'overlays', overlay);
  const run = spawnSync(KUBECTL, ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) {
    throw new Error(
      `cannot run ${KUBECTL} to render deploy/overlays/${overlay} (${run.error.message}): these checks need kubectl 1.27 or newer on the PATH ` +
        '(its built-in Kustomize renders offline, no cluster needed), or KUBECTL naming one',
    );
  }
  if (run.status !== 0) throw new Error(`${KUBECTL} kustomize deploy/overlays/${overlay} failed (exit ${run.status}):\n${run.stderr}`);
  const documents = parseAllDocuments(run.stdout);
  const resources = documents.map((document, index) => {
    if (document.errors.length > 0) throw new Error(`deploy/overlays/${overlay}: document ${index} is not YAML: ${document.errors[0].message}`);
    return document.toJS() as Resource | null;
  });
  return new Rendered(overlay, run.stdout, resources.filter((r): r is Resource => r !== null));
}

/** A generated ConfigMap's or Secret's name as written in deploy/, without the content hash Kustomize appends. */
export const baseName = (name: string): string => name.replace(/-[a-z0-9]{10}$/, '');

export class Rendered {
  constructor(
    readonly overlay: string,
    readonly text: string,
    readonly resources: Resource[],
  ) {}

  ofKind(kind: string): Resource[] {
    return this.resources.filter((r) => r.kind === kind);
  }

  find(kind: string, name: string): Resource | undefined {
    return this.ofKind(kind).find((r) => r.metadata.name === name);
  }

  /** The hub's Deployments: those the hub-app component shapes. */
  hubDeployments(): Resource[] {
    return this.ofKind('Deployment').filter((d) => d.metadata.labels?.['app.kubernetes.io/part-of'] === 'partner-hub');
  }

  /** The hub's Deployments with a container (init containers included) that reads the ConfigMap or Secret, whole or by key. */
  readersOf(kind: 'ConfigMap' | 'Secret', name: string): Resource[] {
    const reads = (c: Container) =>
      (c.envFrom ?? []).some((f) => (kind === 'ConfigMap' ? f.configMapRef?.name : f.secretRef?.name) === name) ||
      (c.env ?? []).some((v) => (kind === 'ConfigMap' ? v.valueFrom?.configMapKeyRef?.name : v.valueFrom?.secretKeyRef?.name) === name);
    return this.hubDeployments().filter((d) => [...(d.spec.template.spec.containers ?? []), ...(d.spec.template.spec.initContainers ?? [])].some(reads));
  }

  /** A ConfigMap's or Secret's data as the container sees it (a Secret's base64 decoded). */
  dataOf(kind: 'ConfigMap' | 'Secret', name: string): Record<string, string> | undefined {
    const found = this.find(kind, name);
    if (!found) return undefined;
    if (kind === 'ConfigMap') return { ...(found.data ?? {}) };
    const decoded = Object.fromEntries(Object.entries(found.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
    return { ...decoded, ...(found.stringData ?? {}) };
  }
}

/** Where a variable of a container comes from. */
export type Source = { kind: 'ConfigMap' | 'Secret'; name: string; key: string } | { kind: 'literal' };

export interface Variable {
  value: string | undefined;
  source: Source;
}

/**
 * A container's environment as the kubelet builds it: envFrom in order (a later source wins), then env. A Secret the
 * overlay does not render (production's) is read from `external`, the keys it is documented to hold.
 */
export function environmentOf(rendered: Rendered, container: Container, external: Record<string, Record<string, string>>): Map<string, Variable> {
  const variables = new Map<string, Variable>();
  const secretData = (name: string): Record<string, string> => {
    const data = rendered.dataOf('Secret', name) ?? external[name];
    if (!data) throw new Error(`${container.name} reads the Secret ${name}, which the overlay neither renders nor is documented (test/deploy/app-facts.ts)`);
    return data;
  };
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) {
      const data = rendered.dataOf('ConfigMap', from.configMapRef.name);
      if (!data) throw new Error(`${container.name} reads the ConfigMap ${from.configMapRef.name}, which the overlay does not render`);
      for (const [key, value] of Object.entries(data)) variables.set(key, { value, source: { kind: 'ConfigMap', name: from.configMapRef.name, key } });
    }
    if (from.secretRef) {
      for (const [key, value] of Object.entries(secretData(from.secretRef.name))) variables.set(key, { value, source: { kind: 'Secret', name: from.secretRef.name, key } });
    }
  }
  for (const variable of container.env ?? []) {
    const secretRef = variable.valueFrom?.secretKeyRef;
    const configMapRef = variable.valueFrom?.configMapKeyRef;
    if (secretRef) {
      variables.set(variable.name, { value: secretData(secretRef.name)[secretRef.key], source: { kind: 'Secret', name: secretRef.name, key: secretRef.key } });
    } else if (configMapRef) {
      const value = rendered.dataOf('ConfigMap', configMapRef.name)?.[configMapRef.key];
      variables.set(variable.name, { value, source: { kind: 'ConfigMap', name: configMapRef.name, key: configMapRef.key } });
    } else {
      variables.set(variable.name, { value: variable.value, source: { kind: 'literal' } });
    }
  }
  return variables;
}

/** `160Mi`, `1Gi`, `300M`, `512` → bytes. */
export function bytesOf(quantity: string | number): number {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(String(quantity));
  if (!match) throw new Error(`${quantity} is not a memory quantity`);
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * unit;
}
