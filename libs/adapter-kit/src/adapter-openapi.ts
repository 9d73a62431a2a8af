import { AdapterDefinition, NativeVersion } from './define-adapter';

/** Where contract refs point from: the document is written (and published) as contracts/openapi/adapter-<id>.v<N>.yaml. */
const TO_CONTRACTS = '..';
const ref = (contract: string) => ({ $ref: `${TO_CONTRACTS}/${contract}.schema.json` });
const errorBody = (description: string) => ({ description, content: { 'application/json': { schema: ref('http/common/error.v1') } } });
const json = (description: string, contract: string) => ({ description, content: { 'application/json': { schema: ref(contract) } } });
const signed = [{ standardWebhooks: [] }];
const signatureHeaders = ['WebhookId', 'WebhookTimestamp', 'WebhookSignature'].map((p) => ({ $ref: `#/components/parameters/${p}` }));

/**
 * An adapter's HTTP surface as an OpenAPI 3.1 document, built from its definition: the routes the kit mounts for it
 * (callbacks, callback outcomes and invoices per native version, the feed of its pinned version, the delivery record
 * and endpoint state, health), with the partner's native contracts as bodies. The kit serves it at /docs; the same
 * document is published under contracts/openapi/ and a test keeps the two equal, so a change of surface is a new
 * version there.
 */
export function adapterOpenApiDocument(definition: AdapterDefinition, documentVersion: number, pinnedVersion = definition.pinnedVersion): Record<string, unknown> {
  const { partnerId, displayName } = definition;
  const paths: Record<string, unknown> = {};
  for (const native of definition.versions) Object.assign(paths, versionPaths(partnerId, native));
  Object.assign(paths, feedPaths(partnerId, pinnedVersion), operationsPaths());
  const versions = definition.versions.map((v) => `v${v.version}${v.deprecation ? ` (deprecated; sunset ${v.deprecation.sunsetAt})` : ''}`).join(', ');
  return {
    openapi: '3.1.0',
    info: {
      title: `Partner integration hub — ${displayName} adapter`,
      version: `${documentVersion}.0.0`,
      description: [
        `Where ${displayName} talks to the hub in its native API (${versions}); orders go out in v${pinnedVersion}.`,
        'Every call from the partner is signed per Standard Webhooks (https://www.standardwebhooks.com): HMAC-SHA256 over',
        '`<webhook-id>.<webhook-timestamp>.<raw body>` (an empty body for GET) with the secret agreed with the partner.',
        'The adapter checks the signature and its freshness before reading the body, then the body against the',
        "partner's contract of that version. Generated from the adapter's definition by the adapter kit.",
      ].join('\n'),
    },
    tags: [{ name: 'partner' }, { name: 'operations' }],
    paths,
    components: {
      securitySchemes: {
        standardWebhooks: { type: 'apiKey', in: 'header', name: 'webhook-signature', description: 'Standard Webhooks HMAC-SHA256 signature; see the webhook-* header parameters.' },
      },
      parameters: {
        WebhookId: { name: 'webhook-id', in: 'header', required: true, description: 'Unique id of this message; the same on every retry of it. Used to drop duplicates.', schema: { type: 'string', minLength: 1, maxLength: 200 } },
        WebhookTimestamp: { name: 'webhook-timestamp', in: 'header', required: true, description: 'Unix time in seconds when the message was signed; refused when too far from now.', schema: { type: 'string', pattern: '^[0-9]{1,12}$' } },
        WebhookSignature: { name: 'webhook-signature', in: 'header', required: true, description: 'Space-separated list of `v1,<base64 HMAC-SHA256>`; one must match.', schema: { type: 'string', pattern: '^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$' } },
      },
    },
  };
}

function versionPaths(partnerId: string, native: NativeVersion): Record<string, unknown> {
  const prefix = `/${partnerId}/v${native.version}`;
  const deprecated = native.deprecation
    ? { deprecated: true, 'x-sunset': native.deprecation.sunsetAt, 'x-successor-version': native.deprecation.successor }
    : {};
  const refusals = {
    '400': errorBody('The body breaks the contract; one issue per offending field (error validation_failed).'),
    '401': errorBody('Signature headers missing (missing_signature_headers), timestamp outside the tolerance (stale_timestamp), or signature wrong (bad_signature).'),
    '404': errorBody(`No engagement with this id was sent to ${partnerId} (error not_found); another partner's orders are not visible.`),
  };
  const paths: Record<string, unknown> = {
    [`${prefix}/callbacks`]: {
      post: {
        tags: ['partner'], operationId: `receive_${partnerId}_v${native.version}_callback`, summary: 'The partner reports where an engagement stands', ...deprecated,
        description: 'Placed by when it happened, whatever order callbacks arrive in; the same status and milestone again counts once; one that contradicts what the partner said before is refused at once (409). A callback sent again with the same webhook-id gets the answer it got first.',
        security: signed, parameters: signatureHeaders,
        requestBody: { required: true, content: { 'application/json': { schema: ref(native.mapping.nativeCallbackSchema) } } },
        responses: {
          '200': json('Recorded now, or already (duplicate: the same webhook-id, or the same status and milestone).', 'http/adapter/submission-receipt.v1'),
          ...refusals,
          '409': errorBody('It contradicts what the partner reported on this order before (error contradicts_earlier_update); nothing was recorded but the refusal.'),
        },
      },
    },
    [`${prefix}/callbacks/{webhookId}`]: {
      get: {
        tags: ['partner'], operationId: `read_${partnerId}_v${native.version}_callback_outcome`, summary: 'What became of a callback or invoice the partner sent', ...deprecated,
        security: signed, parameters: [...signatureHeaders, { name: 'webhookId', in: 'path', required: true, description: 'The webhook-id it was sent with.', schema: { type: 'string', pattern: '^[\\w.:-]{1,100}$' } }],
        responses: {
          '200': json("The adapter's answer and core's decision.", 'http/adapter/callback-outcome.v1'),
          '401': refusals['401'],
          '404': errorBody('The partner sent nothing with this webhook-id (error not_found).'),
        },
      },
    },
  };
  if (native.mapping.nativeInvoiceSchema && native.mapping.toCanonicalInvoice) {
    paths[`${prefix}/invoices`] = {
      post: {
        tags: ['partner'], operationId: `submit_${partnerId}_v${native.version}_invoice`, summary: "The partner's invoice for an engagement, in its own terms", ...deprecated,
        description: "Mapped to the canonical invoice and settled by core exactly as POST /invoices would (same checks, same refusals); read core's decision at GET …/callbacks/{webhookId}.",
        security: signed, parameters: signatureHeaders,
        requestBody: { required: true, content: { 'application/json': { schema: ref(native.mapping.nativeInvoiceSchema) } } },
        responses: { '202': json('Received and passed to core (or received before: duplicate).', 'http/adapter/submission-receipt.v1'), ...refusals },
      },
    };
  }
  return paths;
}

function feedPaths(partnerId: string, version: number): Record<string, unknown> {
  const prefix = `/${partnerId}/v${version}/feed`;
  const query = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: 'query', required: false, description, schema });
  const notPolling = errorBody('The partner takes pushes; it has no feed (error feed_not_enabled).');
  return {
    [prefix]: {
      get: {
        tags: ['partner'], operationId: `read_${partnerId}_feed`, summary: 'A partner without an endpoint pulls its deliveries (long poll)',
        security: signed,
        parameters: [
          ...signatureHeaders,
          query('after', 'A cursor from the feed; deliveries queued after it.', { type: 'string', pattern: '^[0-9]{1,19}$' }),
          query('limit', 'At most this many, 1 to 100; 50 when absent.', { type: 'integer', minimum: 1, maximum: 100 }),
          query('wait', 'Seconds to wait for something to arrive when there is nothing yet, 0 to 30.', { type: 'integer', minimum: 0, maximum: 30 }),
        ],
        responses: { '200': json('Deliveries not yet acknowledged, oldest first.', 'http/adapter/feed.v1'), '400': errorBody('A bad query, naming the parameter.'), '401': errorBody('Not signed by the partner.'), '409': notPolling },
      },
    },
    [`${prefix}/ack`]: {
      post: {
        tags: ['partner'], operationId: `acknowledge_${partnerId}_feed`, summary: 'The partner took these deliveries into its system',
        security: signed, parameters: signatureHeaders,
        requestBody: { required: true, content: { 'application/json': { schema: ref('http/adapter/feed-ack.v1') } } },
        responses: { '200': json('What this acknowledgement delivered.', 'http/adapter/feed-ack-result.v1'), '400': errorBody('A bad body.'), '401': errorBody('Not signed by the partner.'), '409': notPolling },
      },
    },
  };
}

function operationsPaths(): Record<string, unknown> {
  return {
    '/deliveries/{orderId}': {
      get: {
        tags: ['operations'], operationId: 'getDelivery', summary: "Where one order's delivery (and its cancellation's) stands, with every attempt",
        parameters: [{ name: 'orderId', in: 'path', required: true, description: 'The engagement order.', schema: { type: 'string', format: 'uuid' } }],
        responses: { '200': json('The delivery record.', 'http/adapter/delivery.v2'), '400': errorBody('orderId is not a UUID.'), '404': errorBody('No order with this id was handed to this adapter.') },
      },
    },
    '/deliveries': {
      get: {
        tags: ['operations'], operationId: 'listDeliveryAttempts', summary: 'The latest attempts, newest first',
        parameters: [{ name: 'limit', in: 'query', required: false, description: 'How many attempts, 1 to 500; 100 when absent.', schema: { type: 'integer', minimum: 1, maximum: 500 } }],
        responses: { '200': json('The attempts.', 'http/adapter/delivery-attempts.v2'), '400': errorBody('limit is not a whole number from 1 to 500.') },
      },
    },
    '/endpoint': {
      get: { tags: ['operations'], operationId: 'getEndpoint', summary: "Whether deliveries to the partner go out, and why not", responses: { '200': json('The endpoint state.', 'http/adapter/endpoint.v1') } },
    },
    '/endpoint/enable': {
      post: {
        tags: ['operations'], operationId: 'enableEndpoint', summary: 'Enable a disabled endpoint once the partner is back',
        requestBody: { required: true, content: { 'application/json': { schema: ref('http/adapter/enable-endpoint.v1') } } },
        responses: { '200': json('Enabled; held deliveries go out.', 'http/adapter/endpoint.v1'), '400': errorBody('A bad body.'), '409': errorBody('The endpoint is not disabled (error endpoint_not_disabled).') },
      },
    },
    '/health': {
      get: { tags: ['operations'], operationId: 'health', summary: 'Liveness and database check', responses: { '200': json('Up.', 'http/common/health.v1') } },
    },
  };
}
