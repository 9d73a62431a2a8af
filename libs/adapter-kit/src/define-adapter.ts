import type { NativeExamples } from './native-examples';
import { PartnerMapping } from './partner-mapping';
import { isFileSubmission } from './submission-body';

/** RFC 9745 (Deprecation) and RFC 8594 (Sunset): a native version on its way out, still served until its sunset. */
export interface VersionDeprecation {
  /** When the version was deprecated (ISO date-time). */
  deprecatedAt: string;
  /** When it stops being served (ISO date-time). */
  sunsetAt: string;
  /** The version partners should move to. */
  successor: number;
}

/** One native API version of a partner: its routes are `/<partnerId>/v<version>/…`. */
export interface NativeVersion {
  version: number;
  // The mapping's native types are the adapter's business; the kit only passes them through.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  mapping: PartnerMapping<any, any>;
  /** Path of the partner's order endpoint on its simulator, for the demo's default endpoint URL. */
  demoEndpointPath: string;
  deprecation?: VersionDeprecation;
  /** The request bodies its API document shows, one engagement's worth (native-examples.ts). */
  examples: NativeExamples;
}

export interface AdapterSpec {
  /** Lower-case id the hub knows the partner by (`lac`); its orders carry it as `partnerId`. */
  partnerId: string;
  /** The firm's name, for logs and docs. */
  displayName: string;
  /** Port the adapter listens on when PORT is not set (the demo's). */
  defaultPort: number;
  /** Where the partner's simulator listens in the demo. */
  demoPartnerBaseUrl: string;
  /** Every native version the adapter serves, oldest first. */
  versions: NativeVersion[];
  /** The version orders are sent in unless `<PREFIX>_API_VERSION` pins another. */
  pinnedVersion: number;
}

/** A partner adapter as the kit runs it: the spec plus what the kit derives from it. */
export interface AdapterDefinition extends AdapterSpec {
  /** `adapter-<partnerId>`: the app's name in logs, consumer groups and the OpenAPI document. */
  appName: string;
  /** Prefix of the partner's environment variables (`LAC` → `LAC_ENDPOINT_URL`). */
  envPrefix: string;
}

const PARTNER_ID = /^[a-z][a-z0-9-]{1,30}$/;

/**
 * Checks a partner's spec once, at import, so a wrong definition fails the boot (and the tests) rather than a
 * delivery: ids, unique versions, the pinned version among them, and each mapping's contracts named.
 */
export function defineAdapter(spec: AdapterSpec): AdapterDefinition {
  const problems: string[] = [];
  if (!PARTNER_ID.test(spec.partnerId)) problems.push(`partnerId "${spec.partnerId}" must be lower-case letters, digits and dashes`);
  const versions = spec.versions.map((v) => v.version);
  if (versions.length === 0) problems.push('at least one native version is needed');
  if (new Set(versions).size !== versions.length) problems.push(`versions repeat: ${versions.join(', ')}`);
  if (!versions.includes(spec.pinnedVersion)) problems.push(`pinnedVersion ${spec.pinnedVersion} is not among the versions ${versions.join(', ')}`);
  for (const v of spec.versions) {
    if (!Number.isInteger(v.version) || v.version < 1) problems.push(`version ${v.version} must be a whole number from 1`);
    for (const schema of [v.mapping.nativeOrderSchema, v.mapping.nativeCallbackSchema]) {
      if (!schema.startsWith(`partners/${spec.partnerId}/`)) problems.push(`v${v.version}: ${schema} is not one of ${spec.partnerId}'s contracts`);
    }
    if (v.deprecation && !versions.includes(v.deprecation.successor)) problems.push(`v${v.version}: successor v${v.deprecation.successor} is not served`);
    problems.push(...exampleProblems(v));
  }
  if (problems.length > 0) throw new Error(`adapter definition for ${spec.partnerId}:\n  ${problems.join('\n  ')}`);
  return { ...spec, appName: `adapter-${spec.partnerId}`, envPrefix: spec.partnerId.toUpperCase().replace(/-/g, '_') };
}

/**
 * What the version's examples leave out or name wrongly: every body its document shows needs one (issue 12), so a new
 * route or an invoice without one fails the boot, not a reader of the document.
 */
function exampleProblems({ version, mapping, examples }: NativeVersion): string[] {
  const problems: string[] = [];
  if (Object.keys(examples.callbacks).length === 0) problems.push(`v${version}: no callback examples`);
  const takesInvoices = Boolean(mapping.nativeInvoiceSchema && mapping.toCanonicalInvoice);
  if (takesInvoices !== (Object.keys(examples.invoices ?? {}).length > 0)) problems.push(`v${version}: invoice examples are needed exactly when the version takes invoices`);
  const jsonRoutes = (mapping.submissions ?? []).filter((s) => !isFileSubmission(s)).map((s) => s.route);
  const given = Object.keys(examples.submissions ?? {});
  for (const route of jsonRoutes) if (Object.keys(examples.submissions?.[route] ?? {}).length === 0) problems.push(`v${version}: no examples for submissions on ${route}`);
  for (const route of given) if (!jsonRoutes.includes(route)) problems.push(`v${version}: examples for ${route}, which is no JSON submission route`);
  return problems;
}

export function nativeVersion(definition: AdapterSpec, version: number): NativeVersion {
  const found = definition.versions.find((v) => v.version === version);
  if (!found) throw new Error(`${definition.partnerId} has no native version ${version}`);
  return found;
}

/** Where partners post their callbacks, per version. */
export const callbackPath = (partnerId: string, version: number): string => `/${partnerId}/v${version}/callbacks`;
