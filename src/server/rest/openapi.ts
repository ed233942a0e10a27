// OpenAPI 3.1 document built from the route() definitions and their zod schemas (served at /api/openapi.json).
import { z } from 'zod';
import { ERROR_STATUS } from '@/server/errors.ts';
import { MAX_INPUT_DEPTH } from '@/server/input-guard.ts';
import { registeredRoutes } from './registry.ts';
import { IMPORT_ASYNC_BYTES } from '@/server/domain/imports/background-import.ts';
import { API_PREFIX, honoursIdempotencyKey, MAX_BODY_BYTES, type RouteHandler } from './route.ts';
import { MAX_IMPORT_BYTES } from './endpoints/imports.ts';
import './endpoints/index.ts';

type JsonSchema = Record<string, unknown>;

/**
 * Shared definitions hoisted out of per-operation schemas: zod emits recursive types (the JSON value behind
 * `metadata`) as `$defs` + `#/$defs/…`, which does not resolve inside an OpenAPI document. They move to
 * `components/schemas`, one entry per distinct definition.
 */
class SharedSchemas {
  readonly schemas: Record<string, JsonSchema> = {};
  private readonly byContent = new Map<string, string>();

  /** The component name for a raw `$defs` entry (the same raw content always gets the same name). */
  nameFor(raw: JsonSchema): string {
    const content = JSON.stringify(raw);
    const existing = this.byContent.get(content);
    if (existing) return existing;
    const base = isJsonValue(raw) ? 'JsonValue' : 'Shared';
    let name = base;
    for (let i = 2; this.schemas[name] || [...this.byContent.values()].includes(name); i++)
      name = `${base}${i}`;
    this.byContent.set(content, name);
    return name;
  }
}

/** zod's recursive JSON value: an `anyOf` of every JSON type whose arrays and objects hold itself again. */
function isJsonValue(raw: JsonSchema): boolean {
  const types = ((raw.anyOf as JsonSchema[] | undefined) ?? []).map((s) => s.type);
  return ['string', 'number', 'boolean', 'null', 'array', 'object'].every((t) => types.includes(t));
}

/**
 * Any JSON value accepts exactly what the recursive definition accepts, without the self-reference that
 * generators such as openapi-typescript cannot type (TS2502 under `tsc --strict`).
 */
const JSON_VALUE_SCHEMA: JsonSchema = { description: 'Any JSON value' };

/** Formats whose zod regex only repeats what `format` says (and clutters every reference). */
const SELF_DESCRIBING_FORMATS = new Set(['date-time', 'date']);

function rewriteRefs(value: unknown, names: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, names));
  if (value === null || typeof value !== 'object') return value;
  const format = (value as JsonSchema).format;
  return Object.fromEntries(
    Object.entries(value)
      .filter(
        ([key]) => !(key === 'pattern' && typeof format === 'string' && SELF_DESCRIBING_FORMATS.has(format)),
      )
      .map(([key, v]) => {
        const target =
          key === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')
            ? names.get(v.slice(8))
            : undefined;
        return [key, target ? `#/components/schemas/${target}` : rewriteRefs(v, names)];
      }),
  );
}

function toSchema(schema: z.ZodType, io: 'input' | 'output', shared: SharedSchemas): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  const { $schema: _ignored, $defs, ...rest } = json;
  const defs = Object.entries(($defs ?? {}) as Record<string, JsonSchema>);
  // a view named with `.meta({ id })` keeps its name (License, Machine, …); zod's anonymous ones get one
  const names = new Map(defs.map(([key, raw]) => [key, key.startsWith('__') ? shared.nameFor(raw) : key]));
  for (const [key, raw] of defs)
    shared.schemas[names.get(key) ?? key] = isJsonValue(raw)
      ? JSON_VALUE_SCHEMA
      : (rewriteRefs(raw, names) as JsonSchema);
  return rewriteRefs(rest, names) as JsonSchema;
}

const stringList = { type: 'array', items: { type: 'string' } };

const errorSchema: JsonSchema = {
  type: 'object',
  description: 'The one error envelope of every 4xx and 5xx answer',
  required: ['error', 'code', 'status', 'requestId'],
  properties: {
    error: {
      type: 'string',
      description:
        'Human-readable message. VALIDATION_ERROR names the first offending field ("Invalid body: name: expected string, received undefined"); NOT_FOUND for an API key adds that the id may belong to the other environment (live and test keys see separate data); UNAUTHORIZED for a license key sent as Bearer points at "Authorization: License <license key>".',
    },
    code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
    status: { type: 'integer', description: 'The HTTP status again' },
    details: {
      type: 'object',
      description:
        'Structured context, present only when the error has some. Known fields are listed; others may be added.',
      properties: {
        issues: {
          type: 'array',
          description:
            'VALIDATION_ERROR: every invalid input, with its path (body fields; `query`/`path` first)',
          items: {
            type: 'object',
            required: ['path', 'message', 'code'],
            properties: {
              path: { type: 'array', items: { type: ['string', 'integer'] } },
              message: { type: 'string' },
              code: { type: 'string' },
            },
            additionalProperties: false,
          },
        },
        entitlementIds: { ...stringList, description: 'NOT_FOUND: the unknown entitlement ids' },
        entitlementCodes: { ...stringList, description: 'NOT_FOUND: the unknown entitlement codes' },
        action: { type: 'string', description: 'CONFLICT of a license transition: the refused action' },
        from: { type: 'string', description: 'CONFLICT of a license transition: the current status' },
        to: { type: 'string', description: 'CONFLICT of a license transition: the status it would lead to' },
        minTtl: { type: 'integer', description: 'Checkout VALIDATION_ERROR: the smallest ttl (seconds)' },
        maxTtl: { type: 'integer', description: 'Checkout VALIDATION_ERROR: the largest ttl (seconds)' },
        reason: {
          type: 'string',
          description: 'UNPROCESSABLE: the rule that refused, e.g. FINGERPRINT_REQUIRED',
        },
        fingerprintUniqueness: {
          type: 'string',
          description: 'FINGERPRINT_TAKEN: the policy rule that made the fingerprint unavailable',
        },
      },
      additionalProperties: true,
    },
    requestId: { type: 'string', description: 'ULID, also in the X-Request-Id header' },
  },
  additionalProperties: false,
};

const paginationSchema: JsonSchema = {
  type: 'object',
  required: ['nextCursor', 'hasMore'],
  properties: {
    nextCursor: {
      type: ['string', 'null'],
      format: 'uuid',
      description: 'Pass as `cursor` for the next page; null on the last page',
    },
    hasMore: { type: 'boolean' },
  },
  additionalProperties: false,
};

const TAG_DESCRIPTIONS: Record<string, string> = {
  Products: 'The software you sell; licenses and policies belong to a product.',
  Policies: 'License rules (machine limits, expiry, heartbeats, offline use) shared by many licenses.',
  Licenses:
    'Issued license keys, their lifecycle (suspend, renew, revoke, ban), entitlements and offline checkout.',
  Machines: 'Devices activated on a license; heartbeats keep floating seats alive.',
  Entitlements: 'Feature flags granted through policies or directly on licenses.',
  Webhooks: 'Endpoints that receive signed event notifications, with delivery history and redelivery.',
  Analytics: 'License, machine, activation and validation statistics.',
  'Signing keys': 'Ed25519 public keys that verify offline license files and signed answers.',
  Validation: 'Key validation for shipped applications (no API key needed).',
  Imports:
    'License imports from CSV files or Keygen exports, with dry runs; large files run in the background (202, then poll the import).',
};

type Header = { schema: JsonSchema; description: string; required?: true };
const integer = { type: 'integer' };
const text = { type: 'string' };

/** Every response header the API sends. */
const HEADERS: Record<string, Header> = {
  'X-Request-Id': { schema: text, description: 'ULID of this request (quote it when reporting a problem)' },
  'X-RateLimit-Limit': {
    schema: integer,
    description:
      'Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off)',
  },
  'X-RateLimit-Remaining': { schema: integer, description: 'Requests left in the current window' },
  'X-RateLimit-Reset': { schema: integer, description: 'Unix seconds when the window resets' },
  'Retry-After': { schema: integer, description: 'Seconds to wait before the next request' },
  'WWW-Authenticate': { schema: text, description: 'The accepted schemes: Bearer (API key) and License' },
  Allow: { schema: text, description: 'The methods this path serves' },
  'Idempotent-Replayed': {
    schema: { type: 'string', enum: ['true'] },
    description:
      'Present when this is the stored answer of an earlier request with the same `Idempotency-Key`',
  },
  'Licentric-Signature': {
    schema: text,
    description:
      'Ed25519 signature over the exact body: `kid=…,ts=…,alg=ed25519,sig=…` (see docs/offline-licenses.md); verify it with a key of GET /signing-keys',
  },
};

/** Header objects by name (true: always sent). */
function headers(names: Record<string, boolean>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(names).map(([name, required]) => [
      name,
      { ...HEADERS[name], ...(required ? { required: true } : {}) },
    ]),
  );
}

const RATE_LIMIT = { 'X-RateLimit-Limit': false, 'X-RateLimit-Remaining': false, 'X-RateLimit-Reset': false };

/** The headers an error answer of a status carries (rate-limit ones when the limiter ran before the refusal). */
function errorHeaders(status: number, route: RouteHandler): Record<string, unknown> {
  return headers({
    'X-Request-Id': true,
    ...RATE_LIMIT,
    ...(status === 401 ? { 'WWW-Authenticate': true } : {}),
    ...(status === 405 ? { Allow: true } : {}),
    ...(status === 429 ? { 'Retry-After': true } : {}),
    ...(status === 503 ? { 'Retry-After': false } : {}),
    ...(honoursIdempotencyKey(route.definition) && status < 500 ? { 'Idempotent-Replayed': false } : {}),
  });
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

function errorResponses(route: RouteHandler): Record<string, unknown> {
  const d = route.definition;
  const codes = new Set<string>([
    'VALIDATION_ERROR',
    'RATE_LIMITED',
    'INTERNAL_ERROR',
    'SERVICE_UNAVAILABLE',
  ]);
  if (!d.auth.includes('none') || d.auth.length > 1) codes.add('UNAUTHORIZED');
  if (d.scopes?.length || d.auth.includes('license')) codes.add('FORBIDDEN');
  if (d.path.includes('{')) codes.add('NOT_FOUND');
  if (d.method === 'POST' || d.method === 'PATCH') {
    codes.add('PAYLOAD_TOO_LARGE');
    codes.add('UNSUPPORTED_MEDIA_TYPE');
  }
  if (honoursIdempotencyKey(d)) {
    codes.add('IDEMPOTENCY_KEY_REUSED');
    codes.add('CONFLICT'); // the same Idempotency-Key while its first request still runs
  }
  for (const code of d.openapi.errors ?? []) codes.add(code);
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const status = ERROR_STATUS[code as keyof typeof ERROR_STATUS];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, list]) => [
        String(status),
        { description: list.join(', '), headers: errorHeaders(status, route), content: errorContent },
      ]),
  );
}

/** Success statuses: the route's own, and the other ones its handler answers with (Reply). */
function successResponses(route: RouteHandler, shared: SharedSchemas): Record<string, unknown> {
  const d = route.definition;
  const signed = Boolean(d.signBody);
  const successHeaders = headers({
    'X-Request-Id': true,
    ...RATE_LIMIT,
    ...(honoursIdempotencyKey(d) ? { 'Idempotent-Replayed': false } : {}),
    // validate-key answers that name no license go out unsigned; every other signed route always signs
    ...(signed ? { 'Licentric-Signature': !d.auth.includes('none') } : {}),
  });
  const success = d.status ?? 200;
  const statuses: Record<number, string> = {
    [success]:
      success === 201 ? 'Created' : success === 202 ? 'Accepted' : success === 204 ? 'Done' : 'Success',
    ...d.openapi.statuses,
  };
  const dataSchema = d.openapi.response ? toSchema(d.openapi.response, 'output', shared) : {};
  const body = d.list
    ? {
        type: 'object',
        required: ['data', 'pagination'],
        properties: {
          data: { type: 'array', items: dataSchema },
          pagination: { $ref: '#/components/schemas/Pagination' },
        },
        additionalProperties: false,
      }
    : { type: 'object', required: ['data'], properties: { data: dataSchema }, additionalProperties: false };
  return Object.fromEntries(
    Object.entries(statuses).map(([status, description]) => [
      status,
      status === '204'
        ? { description, headers: successHeaders }
        : { description, headers: successHeaders, content: { 'application/json': { schema: body } } },
    ]),
  );
}

const camel = (text: string) => text.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** The @licentric/sdk management-client call of an operation (docs/sdk.md), e.g. `licentric.licenses.suspend(id)`. */
function sdkCall(d: RouteHandler['definition'], bodySchema: JsonSchema | undefined): string {
  const [resource = '', ...rest] = d.path.slice(1).split('/');
  const params = [...d.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const action = rest.filter((part) => !part.startsWith('{'));
  const hasBody = Object.keys(bodySchema?.properties ?? {}).length > 0;
  const args = [...params, ...(hasBody ? ['body'] : [])].join(', ');
  const verbs: Record<string, string> = d.path.includes('{')
    ? { GET: 'get', PATCH: 'update', DELETE: resource === 'machines' ? 'deactivate' : 'delete' }
    : {
        GET: resource === 'analytics' ? 'get' : 'list',
        POST: resource === 'machines' ? 'activate' : 'create',
      };
  let method = verbs[d.method] ?? '';
  if (action.length > 0) {
    const last = action[action.length - 1] ?? '';
    if (last === 'entitlements') method = d.method === 'DELETE' ? 'detachEntitlement' : 'attachEntitlements';
    else if (last === 'deliveries') method = 'deliveries';
    else method = camel(last);
  }
  return `licentric.${camel(resource)}.${method}(${args})`;
}

/** A minimal JSON body for a sample: the required fields of the request schema, with placeholder values. */
function sampleBody(schema: JsonSchema): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required as string[] | undefined) ?? Object.keys(properties).slice(0, 1);
  const placeholder = (p: JsonSchema): unknown => {
    const type: unknown = Array.isArray(p.type) ? (p.type as unknown[])[0] : p.type;
    if (Array.isArray(p.enum)) return p.enum[0];
    if (type === 'integer' || type === 'number') return 1;
    if (type === 'boolean') return true;
    if (type === 'array') return [];
    if (type === 'object') return {};
    return p.format === 'uuid' ? '…id…' : '…';
  };
  return Object.fromEntries(required.map((name) => [name, placeholder(properties[name] ?? {})]));
}

/** `x-codeSamples` (rendered by the reference page): curl and the TypeScript SDK. */
function codeSamples(d: RouteHandler['definition'], bodySchema: JsonSchema | undefined): unknown[] {
  const url = `"$LICENTRIC_URL${API_PREFIX}${d.path.replace(/\{(\w+)\}/g, (_m, name: string) => `$${name.toUpperCase()}`)}"`;
  const auth = d.auth.includes('apiKey')
    ? ' \\\n  -H "Authorization: Bearer $LICENTRIC_API_KEY"'
    : d.auth.includes('license')
      ? ' \\\n  -H "Authorization: License $LICENSE_KEY"'
      : '';
  const body = bodySchema ? sampleBody(bodySchema) : undefined;
  const data =
    body && Object.keys(body).length > 0
      ? ` \\\n  -H "Content-Type: application/json" \\\n  -d '${JSON.stringify(body)}'`
      : '';
  const curl = `curl -X ${d.method} ${url}${auth}${data}`;
  const sdk = [
    "import { Licentric } from '@licentric/sdk';",
    '',
    'const licentric = new Licentric({ apiKey: process.env.LICENTRIC_API_KEY!, baseUrl: process.env.LICENTRIC_URL! });',
    ...(body && Object.keys(body).length > 0 ? [`const body = ${JSON.stringify(body)};`] : []),
    `const answer = await ${sdkCall(d, bodySchema)};`,
  ].join('\n');
  return [
    { lang: 'Shell', label: 'curl', source: curl },
    { lang: 'TypeScript', label: '@licentric/sdk', source: sdk },
  ];
}

function operation(route: RouteHandler, shared: SharedSchemas): Record<string, unknown> {
  const d = route.definition;
  const parameters: unknown[] = [];
  for (const [location, schema] of [
    ['path', d.params],
    ['query', d.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input', shared);
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      parameters.push({
        name,
        in: location,
        required: location === 'path' || required.has(name),
        schema: property,
        ...(property.description ? { description: property.description } : {}),
      });
    }
  }
  if (honoursIdempotencyKey(d)) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', minLength: 1, maxLength: 255 },
      description:
        'The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer.',
    });
  }
  const security: unknown[] = [];
  if (d.auth.includes('apiKey')) security.push({ apiKey: d.scopes ? [...d.scopes] : [] });
  if (d.auth.includes('license')) security.push({ licenseKey: [] });
  // `{}` = "or no credentials" next to other schemes; alone, no security at all (`[]`)
  if (d.auth.includes('none') && security.length > 0) security.push({});
  const scopeText = d.scopes?.length ? ` Scopes: \`${d.scopes.join('`, `')}\`.` : '';
  const idempotencyText =
    d.method === 'POST' && !honoursIdempotencyKey(d) && d.upload
      ? ' `Idempotency-Key` is ignored here: the body is streamed, not stored; sending the same import again is safe (rows whose key exists are skipped).'
      : d.method === 'POST' && !honoursIdempotencyKey(d)
        ? ' `Idempotency-Key` is ignored here: every call is answered from the current state of the license and signed when it is made, because a stored answer could outlive a revoke or a suspension.'
        : '';
  const requestSchema = d.body ? toSchema(d.body, 'input', shared) : undefined;
  return {
    operationId: `${d.method.toLowerCase()}${d.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z0-9]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: d.openapi.summary,
    description: `${d.openapi.description ?? ''}${scopeText}${idempotencyText}`.trim() || undefined,
    tags: d.openapi.tags,
    security,
    parameters,
    ...(d.body
      ? {
          requestBody: {
            // the server reads an empty body as {}: optional whenever {} is a valid body
            required: !d.body.safeParse({}).success,
            content: {
              'application/json': { schema: requestSchema },
              ...Object.fromEntries(
                (d.upload?.streamed ?? []).map((type) => [
                  type,
                  {
                    schema: {
                      type: 'string',
                      description: `The file itself, streamed (at most ${d.upload?.maxBytes} bytes)`,
                    },
                  },
                ]),
              ),
            },
            ...(d.upload ? { 'x-max-bytes': d.upload.maxBytes } : {}),
          },
        }
      : {}),
    responses: { ...successResponses(route, shared), ...errorResponses(route) },
    'x-codeSamples': codeSamples(d, requestSchema),
  };
}

export function buildOpenApiDocument(serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const shared = new SharedSchemas();
  const routes = registeredRoutes().sort((a, b) => a.definition.path.localeCompare(b.definition.path));
  for (const route of routes) {
    const path = `${API_PREFIX}${route.definition.path}`;
    paths[path] ??= {};
    paths[path][route.definition.method.toLowerCase()] = operation(route, shared);
  }
  const tags = [...new Set(routes.flatMap((r) => r.definition.openapi.tags))].map((name) => ({
    name,
    description: TAG_DESCRIPTIONS[name] ?? `${name} endpoints.`,
  }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Licentric API',
      version: '1.0.0',
      description: `Licensing API: manage products, policies, licenses, machines, entitlements and webhooks with an API key; activate machines and validate keys from shipped applications. Errors use one envelope; lists are cursor-paginated newest first. Every text value (body, query, path) must be valid Unicode without the NUL character; JSON bodies nest at most ${MAX_INPUT_DEPTH} levels and may not use the object keys \`__proto__\`, \`constructor\` or \`prototype\` (400 VALIDATION_ERROR naming the path). A method a path does not serve is 405 METHOD_NOT_ALLOWED with an Allow header (OPTIONS: 204 with Allow).

**Bodies** — JSON request bodies are limited to ${MAX_BODY_BYTES / 1024} KiB (413 PAYLOAD_TOO_LARGE), except \`POST /imports\`: a CSV file sent as \`text/csv\` (read as a stream, never held whole) or a JSON body (\`{ csv }\` or \`{ keygen }\`), each up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB; an upload over ${IMPORT_ASYNC_BYTES / 1024 / 1024} MiB, or one sent with \`async=true\` / \`Prefer: respond-async\`, answers 202 and runs in the background (follow it with \`GET /imports/{id}\`).

**Authentication** — three ways, named on every operation: an API key (\`Authorization: Bearer lk_…\`, vendor backends, scoped), a license key (\`Authorization: License <key>\`, shipped applications, its own license only), or none (\`POST /licenses/validate-key\`: the key is in the body; answers are signed with \`Licentric-Signature\`).

**SDK** — \`@licentric/sdk\` wraps this API for TypeScript: a management client for vendor backends and a runtime client (fingerprint, activate, validate with signature checks, heartbeats, offline grace) for applications; see docs/sdk.md in the repository.`,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: serverUrl ?? '/' }],
    tags,
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'API key of a vendor backend: `Authorization: Bearer lk_live_…` (live data) or `Bearer lk_test_…` (test data). Created in the dashboard (Settings → API keys) with scopes such as `licenses:write`; each operation lists the scopes it needs. Never ship an API key inside an application.',
        },
        licenseKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description:
            'License key of a shipped application: `Authorization: License <key>`. Reaches only its own license: activate, list and deactivate its machines, heartbeats, read the license, check out a license file.',
        },
      },
      schemas: { Error: errorSchema, Pagination: paginationSchema, ...shared.schemas },
    },
  };
}
