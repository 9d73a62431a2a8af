import { LARGE_BODY_BYTES } from '@hub/auth';
import { adapterTags, ENABLE_ENDPOINT_EXAMPLES, examplesDescription, FEED_QUERY_EXAMPLES, feedAckExamples } from './adapter-openapi-examples';
import { AdapterDefinition, NativeVersion } from './define-adapter';
import { DELIVERY_LIST_CHANGE, DELIVERY_LIST_DESCRIPTION, DELIVERY_LIST_PARAMETERS, DELIVERY_LIST_REFUSALS } from './delivery-list-openapi';
import type { BodyExamples } from './native-examples';
import type { NativeSubmission } from './native-submission';
import { isFileSubmission } from './submission-body';

/** Where contract refs point from: the document is written (and published) as contracts/openapi/adapter-<id>.v<N>.yaml. */
const TO_CONTRACTS = '..';
const ref = (contract: string) => ({ $ref: `${TO_CONTRACTS}/${contract}.schema.json` });
const ERROR = ref('http/common/error.v1');
const errorBody = (description: string, examples?: Record<string, unknown>) => ({ description, content: { 'application/json': { schema: ERROR, ...(examples ? { examples } : {}) } } });
const json = (description: string, contract: string) => ({ description, content: { 'application/json': { schema: ref(contract) } } });
/** A JSON request body of a contract, with its examples (issue 12: every request body has them). */
const jsonBody = (contract: string, examples: BodyExamples = {}) => ({
  required: true,
  content: { 'application/json': { schema: ref(contract), ...(Object.keys(examples).length > 0 ? { examples: { ...examples } } : {}) } },
});
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });
const example = (name: string) => ({ $ref: `#/components/examples/${name}` });
const errorExample = (statusCode: number, error: string, message: string, issues?: { field: string; reason: string }[]) => ({
  value: { statusCode, error, message, ...(issues ? { issues } : {}) },
});
const signatureHeaders = ['WebhookId', 'WebhookTimestamp', 'WebhookSignature'].map((p) => ({ $ref: `#/components/parameters/${p}` }));

/**
 * Core's token endpoint and the staff provider's discovery document as `npm run up` runs them (HUB_TOKEN_ISSUER's and
 * STAFF_OIDC_ISSUER's defaults): both are other apps than the adapter, configured per environment.
 */
const DEV_TOKEN_URL = 'http://127.0.0.1:3000/oauth/token';
const DEV_STAFF_DISCOVERY_URL = 'http://127.0.0.1:3010/.well-known/openid-configuration';

/** Who may call a route (libs/auth @Callers, test/security/route-access.ts) and the credentials that prove it. */
const ACCESS = {
  /** The partner's own system: its access token and, on every partner route, the Standard Webhooks signature. */
  partnerSigned: { security: [{ partnerToken: ['partner'], standardWebhooks: [] }], 'x-hub-callers': ['partner'] },
  endpointReaders: { security: [{ partnerToken: ['partner'] }, { staffToken: [] }], 'x-hub-callers': ['partner', 'operator', 'auditor'] },
  operator: { security: [{ staffToken: [] }], 'x-hub-callers': ['operator'] },
  deliveryReaders: { security: [{ staffToken: [] }], 'x-hub-callers': ['operator', 'auditor', 'coordinator'] },
  anyone: { security: [], 'x-hub-callers': ['anyone'] },
};

/**
 * What the server's edge answers on a route besides the route's own answers (libs/http request-edge and body-limits,
 * start-http-app's clientError, libs/auth's guard, the exception filter): the body limits are start-adapter.ts's (1 MB
 * for callbacks and invoices, 64 kB otherwise). JavaScript orders these integer keys, so every operation lists its
 * answers by status.
 */
function edgeAnswers(route: { body?: '64kB' | '1MB' | number; authenticated: boolean }): Record<string, unknown> {
  return {
    ...(route.body
      ? { '411': response('LengthRequired'), '413': payloadTooLarge(route.body), '415': response('UnsupportedMediaType') }
      : { '415': response('UnsupportedEncoding') }),
    '421': response('HostNotAllowed'),
    '429': response(route.authenticated ? 'RateLimited' : 'RateLimitedByAddress'),
    '431': response('HeadersTooLarge'),
    '500': response('InternalError'),
    '503': response(route.authenticated ? 'Unavailable' : 'DatabaseUnavailable'),
  };
}

/** 413 for a route's own limit: the shared answers for 64 kB and 1 MB, else one saying the route's size (a 10 MiB report). */
function payloadTooLarge(limit: '64kB' | '1MB' | number): unknown {
  if (limit === '64kB' || limit === 65_536) return response('PayloadTooLarge64kB');
  if (limit === '1MB' || limit === 1_048_576) return response('PayloadTooLarge1MB');
  return errorBody(
    `The body is larger than this route takes, ${limit.toLocaleString('en')} bytes (error payload_too_large, issues naming (body)): refused by its Content-Length before it is read, or once decompressed beyond the limit while it is read.`,
    { payloadTooLarge: errorExample(413, 'payload_too_large', `The body is ${limit + 1} bytes; this route takes at most ${limit}`, [{ field: '(body)', reason: `must be at most ${limit} bytes` }]) },
  );
}

/** How a request without a body, or with one that cannot be read, is refused, after the route's own reason for a 400. */
const UNREADABLE =
  'Also error malformed_request (not readable as HTTP; answered before any route, and the connection closed) or malformed_body (a body, which this route does not take, that cannot be read).';

/**
 * An adapter's HTTP surface as an OpenAPI 3.1 document, built from its definition: the routes the kit mounts for it
 * (callbacks, callback outcomes and invoices per native version, the feed of its pinned version, the delivery record
 * and endpoint state, health), with the partner's native contracts as bodies, who may call each (x-hub-callers) and
 * the credentials that prove it, and what the server's edge answers before any route. The kit serves it at /docs; the
 * same document is published under contracts/openapi/ and a test keeps the two equal, so a change of surface is a new
 * version there.
 */
export function adapterOpenApiDocument(definition: AdapterDefinition, documentVersion: number, pinnedVersion = definition.pinnedVersion): Record<string, unknown> {
  const { partnerId, displayName } = definition;
  const paths: Record<string, unknown> = {};
  for (const native of definition.versions) Object.assign(paths, versionPaths(partnerId, native));
  Object.assign(paths, feedPaths(partnerId, pinnedVersion), operationsPaths(partnerId));
  const versions = definition.versions.map((v) => `v${v.version}${v.deprecation ? ` (deprecated; sunset ${v.deprecation.sunsetAt})` : ''}`).join(', ');
  return {
    openapi: '3.1.0',
    info: {
      title: `Partner integration hub — ${displayName} adapter`,
      version: `${documentVersion}.0.0`,
      description: [
        `Where ${displayName} talks to the hub in its native API (${versions}); orders go out in v${pinnedVersion}.`,
        '',
        'Credentials: every route but GET /health needs a bearer access token (Authorization: Bearer …); callers of this',
        "adapter's documents from before the hub required one (issue 8) must now get one. Each operation lists who may call",
        'it in x-hub-callers.',
        "- The partner's system (partnerToken): an RFC 9068 JWT (typ at+jwt, audience urn:hub:partner-api) from core's",
        '  POST /oauth/token, another app than this adapter, with the client credentials grant (client_secret_basic or',
        '  client_secret_post, scope partner); valid 5 minutes, no refresh token: ask again before it runs out. It names the',
        `  partner, and only a token of ${partnerId} is a credential here: another partner's is refused 403 forbidden.`,
        "- The partner's calls are also signed per Standard Webhooks (https://www.standardwebhooks.com), as before:",
        '  HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<raw body>` (an empty body for GET) with the secret agreed with',
        "  the partner. The adapter checks the token, then the signature and its freshness, then the body against the",
        "  partner's contract of that version.",
        '- The people who run the hub (staffToken): an access token from the staff OpenID Connect provider, whose hub_roles',
        '  say what they may do: operators enable the endpoint again, auditors and coordinators read the delivery record.',
        '',
        'Before any route, the server checks, in this order: the Host header (loopback or HUB_ALLOWED_HOSTS, else 421',
        'host_not_allowed); the rate from the address (RATE_LIMIT_IP_PER_MINUTE, 1,200 a minute by default, else 429',
        'rate_limited with Retry-After); that a body is JSON (else 415 unsupported_media_type) in identity, gzip or deflate',
        'encoding (else 415 unsupported_encoding); and its size (413 payload_too_large above 1 MB for callbacks and invoices,',
        '64 kB for the other bodies). Then the token, the caller\'s own rate (RATE_LIMIT_CLIENT_PER_MINUTE, 600 a minute by',
        'default, per partner or person), who may call the route (403 forbidden), and on partner routes the signature.',
        'A body nested deeper than 32 levels is 400 body_too_deep, one that cannot be read 400 malformed_body; headers too',
        'large 431 headers_too_large; a database out of reach 503 service_unavailable with Retry-After. Every error answer is',
        'an ErrorResponseV1. Every request by the partner or a person that could change something, refusals included, is',
        "written to the hub's append-only audit log, which auditors read at core's GET /audit-log.",
        '',
        ...DELIVERY_LIST_CHANGE,
        '',
        ...examplesDescription(definition),
        '',
        "Generated from the adapter's definition by the adapter kit.",
      ].join('\n'),
    },
    tags: adapterTags(displayName),
    paths,
    components: {
      securitySchemes: {
        partnerToken: {
          type: 'oauth2',
          description: [
            "The partner's access token, issued by core (the hub's authorization server), not by this adapter: an RFC 9068 JWT",
            '(typ at+jwt, audience urn:hub:partner-api, claim hub_partner_id naming the partner), signed with a key core publishes',
            "at /.well-known/jwks.json; valid 5 minutes, no refresh token. tokenUrl is core's token endpoint as `npm run up` runs",
            "it; elsewhere it is {HUB_TOKEN_ISSUER}/oauth/token, as core's /.well-known/oauth-authorization-server names it.",
            `Only a token of ${partnerId} is a credential on this adapter. Sent as Authorization: Bearer <token>.`,
          ].join('\n'),
          flows: { clientCredentials: { tokenUrl: DEV_TOKEN_URL, scopes: { partner: 'a partner system' } } },
        },
        staffToken: {
          type: 'openIdConnect',
          openIdConnectUrl: DEV_STAFF_DISCOVERY_URL,
          description: [
            "A person's access token from the staff OpenID Connect provider, whose issuer is configured (STAFF_OIDC_ISSUER; the",
            'openIdConnectUrl here is the dev value): an RFC 9068 JWT with audience STAFF_API_AUDIENCE (urn:hub:api by default)',
            'and the roles in its hub_roles claim. Sent as Authorization: Bearer <token>.',
          ].join('\n'),
        },
        standardWebhooks: { type: 'apiKey', in: 'header', name: 'webhook-signature', description: 'Standard Webhooks HMAC-SHA256 signature; see the webhook-* header parameters.' },
      },
      parameters: {
        WebhookId: { name: 'webhook-id', in: 'header', required: true, description: 'Unique id of this message; the same on every retry of it. Used to drop duplicates.', schema: { type: 'string', minLength: 1, maxLength: 200 } },
        WebhookTimestamp: { name: 'webhook-timestamp', in: 'header', required: true, description: 'Unix time in seconds when the message was signed; refused when too far from now.', schema: { type: 'string', pattern: '^[0-9]{1,12}$' } },
        WebhookSignature: { name: 'webhook-signature', in: 'header', required: true, description: 'Space-separated list of `v1,<base64 HMAC-SHA256>`; one must match.', schema: { type: 'string', pattern: '^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$' } },
      },
      headers: {
        RetryAfter: {
          description: 'Seconds to wait before asking again (RFC 9110 §10.2.3), a whole number of at least 1: until the rate limit spent refills (429), or 5 while the database or the identity keys are out of reach (503).',
          schema: { type: 'integer', minimum: 1 },
          example: 5,
        },
        WWWAuthenticateBearer: {
          description: 'RFC 6750 §3, e.g. Bearer realm="hub", error="invalid_token", error_description="the token has expired".',
          schema: { type: 'string' },
          example: 'Bearer realm="hub", error="invalid_token", error_description="the token has expired"',
        },
      },
      responses: sharedResponses(partnerId),
      examples: sharedExamples(),
    },
  };
}

function versionPaths(partnerId: string, native: NativeVersion): Record<string, unknown> {
  const prefix = `/${partnerId}/v${native.version}`;
  const deprecated = native.deprecation
    ? { deprecated: true, 'x-sunset': native.deprecation.sunsetAt, 'x-successor-version': native.deprecation.successor }
    : {};
  const refusals = {
    '400': response('ValidationFailed'),
    '401': response('UnauthenticatedOrUnsigned'),
    '403': response('NotThisPartner'),
    '404': errorBody(`No engagement with this id was sent to ${partnerId} (error not_found); another partner's orders are not visible.`),
  };
  const paths: Record<string, unknown> = {
    [`${prefix}/callbacks`]: {
      post: {
        tags: ['partner'], operationId: `receive_${partnerId}_v${native.version}_callback`, summary: 'The partner reports where an engagement stands', ...deprecated,
        description: 'Placed by when it happened, whatever order callbacks arrive in; the same status and milestone again counts once; one that contradicts what the partner said before is refused at once (409). A callback sent again with the same webhook-id gets the answer it got first.',
        ...ACCESS.partnerSigned, parameters: signatureHeaders,
        requestBody: jsonBody(native.mapping.nativeCallbackSchema, native.examples.callbacks),
        responses: {
          '200': json('Recorded now, or already (duplicate: the same webhook-id, or the same status and milestone).', 'http/adapter/submission-receipt.v1'),
          ...refusals,
          '409': errorBody(
            'It contradicts what the partner reported on this order before (error contradicts_earlier_update); nothing was recorded but the refusal. Or its webhook-id was already used for a callback about another order (error webhook_id_reused).',
          ),
          ...edgeAnswers({ body: '1MB', authenticated: true }),
        },
      },
    },
    [`${prefix}/callbacks/{webhookId}`]: {
      get: {
        tags: ['partner'], operationId: `read_${partnerId}_v${native.version}_callback_outcome`, summary: 'What became of a callback or invoice the partner sent', ...deprecated,
        ...ACCESS.partnerSigned,
        parameters: [...signatureHeaders, { name: 'webhookId', in: 'path', required: true, description: 'The webhook-id it was sent with.', schema: { type: 'string', pattern: '^[\\w.:-]{1,100}$' } }],
        responses: {
          '200': json("The adapter's answer and core's decision.", 'http/adapter/callback-outcome.v1'),
          '400': errorBody(`webhookId is not 1 to 100 letters, digits, _ . : or - (error validation_failed, naming it). ${UNREADABLE}`),
          '401': refusals['401'],
          '403': refusals['403'],
          '404': errorBody('The partner sent nothing with this webhook-id (error not_found).'),
          ...edgeAnswers({ authenticated: true }),
        },
      },
    },
  };
  if (native.mapping.nativeInvoiceSchema && native.mapping.toCanonicalInvoice) {
    paths[`${prefix}/invoices`] = {
      post: {
        tags: ['partner'], operationId: `submit_${partnerId}_v${native.version}_invoice`, summary: "The partner's invoice for an engagement, in its own terms", ...deprecated,
        description: "Mapped to the canonical invoice and settled by core exactly as POST /invoices would (same checks, same refusals); read core's decision at GET …/callbacks/{webhookId}.",
        ...ACCESS.partnerSigned, parameters: signatureHeaders,
        requestBody: jsonBody(native.mapping.nativeInvoiceSchema, native.examples.invoices),
        responses: {
          '202': json('Received and passed to core (or received before: duplicate).', 'http/adapter/submission-receipt.v1'),
          ...refusals,
          ...edgeAnswers({ body: '1MB', authenticated: true }),
        },
      },
    };
  }
  for (const submission of native.mapping.submissions ?? []) Object.assign(paths, submissionPaths(partnerId, native, submission, { deprecated, refusals }));
  return paths;
}

/** A submission route: `:param` segments as OpenAPI path parameters, the body as JSON or the partner's file. */
function submissionPaths(partnerId: string, native: NativeVersion, submission: NativeSubmission, shared: { deprecated: Record<string, unknown>; refusals: Record<string, unknown> }): Record<string, unknown> {
  const params = submission.route.split('/').filter((w) => w.startsWith(':')).map((w) => w.slice(1));
  const path = `/${partnerId}/v${native.version}/${submission.route.split('/').map((w) => (w.startsWith(':') ? `{${w.slice(1)}}` : w)).join('/')}`;
  const body = isFileSubmission(submission)
    ? Object.fromEntries(submission.body.mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary', description: `The file; its rows become ${submission.body.contract}.` } }]))
    : jsonBody(submission.body.contract, native.examples.submissions?.[submission.route]).content;
  const limit = submission.maxBytes ?? LARGE_BODY_BYTES;
  const name = submission.route.replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return {
    [path]: {
      post: {
        tags: ['partner'], operationId: `submit_${partnerId}_v${native.version}_${name}`, summary: submission.summary, ...shared.deprecated,
        description: [
          'Deliverables, mapped to the hub\'s and passed to core, which keeps them and puts them on the case timeline (urgent ones as alerts).',
          'What was delivered cannot be changed: the same kind, reference and version again counts once when identical and is refused (409 deliverable_changed) when not, unless the kind collapses repeats (the same post alerted again).',
          'A publication needs the published deliverable\'s latest version approved by the coordinator (409 not_approved); a restated fact that differs from before is raised as a discrepancy.',
          'Sent again with the same webhook-id, the submission is answered as a duplicate and changes nothing.',
        ].join(' '),
        ...ACCESS.partnerSigned,
        parameters: [...signatureHeaders, ...params.map((p) => ({ name: p, in: 'path', required: true, description: `The ${p} the submission is about.`, schema: { type: 'string', minLength: 1, maxLength: 200 } }))],
        requestBody: { required: true, content: body },
        responses: {
          '202': json('What became of each deliverable (or, received before: duplicate).', 'http/adapter/deliverables-receipt.v1'),
          ...shared.refusals,
          '409': errorBody('A deliverable changed since it was delivered (deliverable_changed), a publication of something not approved (not_approved), or one naming a deliverable never delivered (unknown_deliverable); nothing was recorded.'),
          ...edgeAnswers({ body: limit, authenticated: true }),
        },
      },
    },
  };
}

function feedPaths(partnerId: string, version: number): Record<string, unknown> {
  const prefix = `/${partnerId}/v${version}/feed`;
  const query = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: 'query', required: false, description, schema });
  const notPolling = errorBody('The partner takes pushes; it has no feed (error feed_not_enabled).');
  return {
    [prefix]: {
      get: {
        tags: ['partner'], operationId: `read_${partnerId}_feed`, summary: 'A partner without an endpoint pulls its deliveries (long poll)',
        ...ACCESS.partnerSigned,
        parameters: [
          ...signatureHeaders,
          query('after', 'A cursor from the feed; deliveries queued after it.', { type: 'string', pattern: '^[0-9]{1,19}$' }),
          { ...query('limit', 'At most this many, 1 to 100; 50 when absent.', { type: 'integer', minimum: 1, maximum: 100 }), example: FEED_QUERY_EXAMPLES.limit },
          { ...query('wait', 'Seconds to wait for something to arrive when there is nothing yet, 0 to 30.', { type: 'integer', minimum: 0, maximum: 30 }), example: FEED_QUERY_EXAMPLES.wait },
        ],
        responses: {
          '200': json('Deliveries not yet acknowledged, oldest first.', 'http/adapter/feed.v2'),
          '400': errorBody(`A bad query (error validation_failed, naming the parameter). ${UNREADABLE}`),
          '401': response('UnauthenticatedOrUnsigned'),
          '403': response('NotThisPartner'),
          '409': notPolling,
          ...edgeAnswers({ authenticated: true }),
        },
      },
    },
    [`${prefix}/ack`]: {
      post: {
        tags: ['partner'], operationId: `acknowledge_${partnerId}_feed`, summary: 'The partner took these deliveries into its system',
        ...ACCESS.partnerSigned, parameters: signatureHeaders,
        requestBody: jsonBody('http/adapter/feed-ack.v1', feedAckExamples(prefix)),
        responses: {
          '200': json('What this acknowledgement delivered.', 'http/adapter/feed-ack-result.v1'),
          '400': response('ValidationFailed'),
          '401': response('UnauthenticatedOrUnsigned'),
          '403': response('NotThisPartner'),
          '409': notPolling,
          ...edgeAnswers({ body: '64kB', authenticated: true }),
        },
      },
    },
  };
}

function operationsPaths(partnerId: string): Record<string, unknown> {
  const notAllowed = (who: string) => errorBody(`The caller may not call this route (error forbidden): ${who}.`, { forbidden: example('Forbidden') });
  const deliveryReaders = notAllowed("only operators, auditors and coordinators read the delivery record; a partner's token is refused");
  return {
    '/deliveries/{orderId}': {
      get: {
        tags: ['operations'], operationId: 'getDelivery', summary: "Where one order's delivery (and its cancellation's) stands, with every attempt",
        ...ACCESS.deliveryReaders,
        parameters: [{ name: 'orderId', in: 'path', required: true, description: 'The engagement order.', schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': json('The delivery record.', 'http/adapter/delivery.v2'),
          '400': errorBody(`orderId is not a UUID (error validation_failed, naming it). ${UNREADABLE}`),
          '401': response('Unauthenticated'),
          '403': deliveryReaders,
          '404': errorBody('No order with this id was handed to this adapter (error not_found).'),
          ...edgeAnswers({ authenticated: true }),
        },
      },
    },
    '/deliveries': {
      get: {
        tags: ['operations'], operationId: 'listDeliveryAttempts', summary: "The partner's attempts, newest first, filtered, a page at a time",
        description: DELIVERY_LIST_DESCRIPTION,
        ...ACCESS.deliveryReaders,
        parameters: DELIVERY_LIST_PARAMETERS,
        responses: {
          '200': json('One page, newest first; nextCursor is null on the last.', 'http/adapter/delivery-attempts.v4'),
          '400': errorBody(`${DELIVERY_LIST_REFUSALS} ${UNREADABLE}`),
          '401': response('Unauthenticated'),
          '403': deliveryReaders,
          ...edgeAnswers({ authenticated: true }),
        },
      },
    },
    '/endpoint': {
      get: {
        tags: ['operations'], operationId: 'getEndpoint', summary: 'Whether deliveries to the partner go out, and why not',
        description: `${partnerId}'s system may read it too, with its access token (no signature needed).`,
        ...ACCESS.endpointReaders,
        responses: {
          '200': json('The endpoint state.', 'http/adapter/endpoint.v1'),
          '400': response('BadRequest'),
          '401': response('Unauthenticated'),
          '403': notAllowed(`operators, auditors and ${partnerId} read it; another partner's token, or a person without either role, is refused`),
          ...edgeAnswers({ authenticated: true }),
        },
      },
    },
    '/endpoint/enable': {
      post: {
        tags: ['operations'], operationId: 'enableEndpoint', summary: 'Enable a disabled endpoint once the partner is back',
        description: 'The operator who enables it is the signed-in person of the access token (the body no longer names them); the reason is logged.',
        ...ACCESS.operator,
        requestBody: jsonBody('http/adapter/enable-endpoint.v2', ENABLE_ENDPOINT_EXAMPLES),
        responses: {
          '200': json('Enabled; held deliveries go out.', 'http/adapter/endpoint.v1'),
          '400': response('ValidationFailed'),
          '401': response('Unauthenticated'),
          '403': notAllowed("only operators enable an endpoint; a partner's token is refused"),
          '409': errorBody('The endpoint is not disabled (error endpoint_not_disabled).'),
          ...edgeAnswers({ body: '64kB', authenticated: true }),
        },
      },
    },
    '/health': {
      get: {
        tags: ['operations'], operationId: 'health', summary: 'Liveness and database check',
        ...ACCESS.anyone,
        responses: { '200': json('Up.', 'http/common/health.v1'), '400': response('BadRequest'), ...edgeAnswers({ authenticated: false }) },
      },
    },
  };
}

/** The answers many routes share, by name, so each operation stays readable (`$ref: '#/components/responses/…'`). */
function sharedResponses(partnerId: string): Record<string, unknown> {
  const withRetryAfter = (description: string, examples: Record<string, unknown>) => ({
    description,
    headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    content: { 'application/json': { schema: ERROR, examples } },
  });
  return {
    ValidationFailed: errorBody(
      "The body breaks its contract, one issue per offending field (error validation_failed); it nests deeper than 32 levels (error body_too_deep, checked before the contract); it is not valid JSON, or its gzip or deflate stream is corrupt (error malformed_body); or the request cannot be read as HTTP at all (error malformed_request, answered before any route, and the connection closed).",
      {
        validationFailed: errorExample(400, 'validation_failed', 'Request body is invalid: reason is required', [{ field: 'reason', reason: 'is required' }]),
        bodyTooDeep: example('BodyTooDeep'),
        malformedBody: example('MalformedBody'),
        malformedRequest: example('MalformedRequest'),
      },
    ),
    BadRequest: errorBody(
      'The request cannot be read: not as HTTP (error malformed_request, answered before any route, and the connection closed), or it carries a body, which this route does not take, that is not valid JSON or whose gzip or deflate stream is corrupt (error malformed_body).',
      { malformedRequest: example('MalformedRequest'), malformedBody: example('MalformedBody') },
    ),
    Unauthenticated: {
      description:
        'No bearer access token (error unauthenticated), or one the hub does not accept (error invalid_token): expired, its signature, issuer, audience or type (at+jwt) not accepted, signed with a key its issuer does not publish, or naming no known partner.',
      headers: { 'WWW-Authenticate': { $ref: '#/components/headers/WWWAuthenticateBearer' } },
      content: { 'application/json': { schema: ERROR, examples: { unauthenticated: example('Unauthenticated'), invalidToken: example('InvalidToken') } } },
    },
    // No WWW-Authenticate among its headers: the token refusals send it, the signature refusals do not.
    UnauthenticatedOrUnsigned: errorBody(
      "No bearer access token (error unauthenticated), or one the hub does not accept (error invalid_token), both with WWW-Authenticate: Bearer (RFC 6750 §3); then, with the partner's token, the Standard Webhooks signature: headers missing (error missing_signature_headers), timestamp outside the tolerance (error stale_timestamp), or signature wrong (error bad_signature).",
      {
        unauthenticated: example('Unauthenticated'),
        invalidToken: example('InvalidToken'),
        badSignature: errorExample(401, 'bad_signature', "webhook-signature does not match the body under this partner's secret"),
      },
    ),
    NotThisPartner: errorBody(
      "The access token is not this adapter's partner's: another partner's token, or a person's (error forbidden).",
      { forbidden: example('Forbidden') },
    ),
    LengthRequired: errorBody(
      'A body sent without Content-Length (chunked): the size limit is checked before anything is read, so a body must say its length (error length_required, issues naming content-length).',
      { lengthRequired: errorExample(411, 'length_required', 'A request body must come with Content-Length', [{ field: 'content-length', reason: 'is required with a body' }]) },
    ),
    PayloadTooLarge64kB: errorBody(
      'The body is larger than this route takes, 64 kB (65,536 bytes) (error payload_too_large, issues naming (body)): refused by its Content-Length before it is read. No body is read beyond 1 MB once decompressed.',
      { payloadTooLarge: errorExample(413, 'payload_too_large', 'The body is 70000 bytes; this route takes at most 65536', [{ field: '(body)', reason: 'must be at most 65536 bytes' }]) },
    ),
    PayloadTooLarge1MB: errorBody(
      'The body is larger than this route takes, 1 MB (1,048,576 bytes; a partner\'s invoice of many lines, or a batch) (error payload_too_large, issues naming (body)): refused by its Content-Length before it is read, or once decompressed beyond 1 MB while it is read.',
      { payloadTooLarge: errorExample(413, 'payload_too_large', 'The body is 2000000 bytes; this route takes at most 1048576', [{ field: '(body)', reason: 'must be at most 1048576 bytes' }]) },
    ),
    UnsupportedMediaType: errorBody(
      'A body that is not JSON: its Content-Type is not application/json (or another application/*+json) (error unsupported_media_type, issues naming content-type); or its Content-Encoding is not identity, gzip or deflate, e.g. br, compress or a list of several (error unsupported_encoding, issues naming content-encoding), refused before any parser reads it.',
      {
        unsupportedMediaType: errorExample(415, 'unsupported_media_type', 'Content-Type "text/plain" is not accepted here; send application/json', [{ field: 'content-type', reason: 'must be application/json' }]),
        unsupportedEncoding: example('UnsupportedEncoding'),
      },
    ),
    UnsupportedEncoding: errorBody(
      'The request names a Content-Encoding other than identity, gzip or deflate, e.g. br, compress or a list of several (error unsupported_encoding, issues naming content-encoding); this route takes no body anyway.',
      { unsupportedEncoding: example('UnsupportedEncoding') },
    ),
    HostNotAllowed: errorBody(
      'The Host header names a host this server does not answer for (error host_not_allowed, issues naming host): it answers for loopback (127.0.0.1, localhost, [::1]) and the names in HUB_ALLOWED_HOSTS, with any port, so a page that rebinds its own DNS name to the adapter\'s address cannot reach it. Checked before anything else.',
      { hostNotAllowed: errorExample(421, 'host_not_allowed', 'This server does not answer for host rebind.attacker.example:3001', [{ field: 'host', reason: 'is not a host this server answers for' }]) },
    ),
    RateLimited: withRetryAfter(
      'Too many requests (error rate_limited, issues naming (request)); try again after Retry-After. Counted per address first, before the token is read (RATE_LIMIT_IP_PER_MINUTE, 1,200 a minute by default), then, once the token is checked, per caller whichever address it calls from: one person, or one partner, all its clients together (RATE_LIMIT_CLIENT_PER_MINUTE, 600 a minute by default). This adapter counts its own, apart from core.',
      {
        perAddress: example('RateLimitedByAddress'),
        perCaller: errorExample(429, 'rate_limited', `Too many requests from partner:${partnerId}; retry after 7 s`, [{ field: '(request)', reason: 'rate limit reached; retry after 7 s' }]),
      },
    ),
    RateLimitedByAddress: withRetryAfter(
      'Too many requests from this address (error rate_limited, issues naming (request)); try again after Retry-After. RATE_LIMIT_IP_PER_MINUTE, 1,200 a minute by default.',
      { rateLimited: example('RateLimitedByAddress') },
    ),
    HeadersTooLarge: errorBody(
      "The request's headers are larger than the server accepts (Node's limit, 16 KiB by default) (error headers_too_large); answered before any route, and the connection closed.",
      { headersTooLarge: errorExample(431, 'headers_too_large', 'The request headers are larger than this server accepts', [{ field: '(headers)', reason: 'are larger than this server accepts' }]) },
    ),
    InternalError: errorBody(
      "The adapter failed in a way that is neither the caller's doing nor an outage it recognises (error internal_error); it is logged with its stack, and the answer says nothing more.",
      { internalError: errorExample(500, 'internal_error', 'The hub could not complete this request; it has been logged.') },
    ),
    Unavailable: withRetryAfter(
      "Try again after Retry-After (5 seconds): the adapter cannot reach its database just now (error service_unavailable; nothing was done, and the partner's retry with the same webhook-id is safe), or the token cannot be checked now because the keys that verify it (core's, or the staff identity provider's) cannot be fetched (error identity_provider_unavailable).",
      {
        serviceUnavailable: example('ServiceUnavailable'),
        identityProviderUnavailable: errorExample(503, 'identity_provider_unavailable', 'Cannot check the token now: the staff identity provider cannot be reached (discovery answered 502)'),
      },
    ),
    DatabaseUnavailable: withRetryAfter('The adapter cannot reach its database just now (error service_unavailable); try again after Retry-After (5 seconds).', {
      serviceUnavailable: example('ServiceUnavailable'),
    }),
  };
}

function sharedExamples(): Record<string, unknown> {
  const named = (summary: string, value: ReturnType<typeof errorExample>) => ({ summary, ...value });
  return {
    Unauthenticated: named('No bearer access token', errorExample(401, 'unauthenticated', 'This route needs a bearer access token (Authorization: Bearer …)')),
    InvalidToken: named('An access token the hub does not accept', errorExample(401, 'invalid_token', 'The access token is not accepted: the token has expired')),
    Forbidden: named('Credentials that may not call this route', errorExample(403, 'forbidden', 'Your credentials do not allow this action')),
    BodyTooDeep: named('The body nests deeper than 32 levels', errorExample(400, 'body_too_deep', 'Request body nests deeper than 32 levels', [{ field: '(body)', reason: 'nests deeper than 32 levels' }])),
    MalformedBody: named(
      'The body is not valid JSON, or its gzip or deflate stream is corrupt',
      errorExample(400, 'malformed_body', 'Request body could not be read: Unexpected end of JSON input', [{ field: '(body)', reason: 'Unexpected end of JSON input' }]),
    ),
    MalformedRequest: named('The request is not valid HTTP', errorExample(400, 'malformed_request', 'The request could not be read as HTTP', [{ field: '(headers)', reason: 'are not valid HTTP' }])),
    UnsupportedEncoding: named(
      'A Content-Encoding the hub does not read',
      errorExample(415, 'unsupported_encoding', 'Content-Encoding "br" is not accepted; send identity, gzip or deflate', [{ field: 'content-encoding', reason: 'must be identity, gzip or deflate' }]),
    ),
    RateLimitedByAddress: named(
      'Too many requests from one address',
      errorExample(429, 'rate_limited', 'Too many requests from your address; retry after 12 s', [{ field: '(request)', reason: 'rate limit reached; retry after 12 s' }]),
    ),
    ServiceUnavailable: named(
      'The database is out of reach',
      errorExample(503, 'service_unavailable', 'The hub cannot reach its database just now; retry in a few seconds (with the same Idempotency-Key, a retry is safe).'),
    ),
  };
}
