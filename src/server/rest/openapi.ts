// OpenAPI 3.1 document built from the route() definitions and their zod schemas (served at /api/openapi.json).
import { z } from 'zod';
import { ERROR_STATUS } from '@/server/errors.ts';
import { registeredRoutes } from './registry.ts';
import { API_PREFIX, type RouteHandler } from './route.ts';
import './endpoints/index.ts';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
};

const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error', 'code', 'status', 'requestId'],
  properties: {
    error: { type: 'string', description: 'Human-readable message' },
    code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
    status: { type: 'integer' },
    details: { type: 'object', description: 'For VALIDATION_ERROR: { issues: [{ path, message, code }] }' },
    requestId: { type: 'string', description: 'ULID, also in the X-Request-Id header' },
  },
};

const paginationSchema: JsonSchema = {
  type: 'object',
  required: ['nextCursor', 'hasMore'],
  properties: { nextCursor: { type: ['string', 'null'], format: 'uuid' }, hasMore: { type: 'boolean' } },
};

const rateLimitHeaders = {
  'X-RateLimit-Limit': { schema: { type: 'integer' }, description: 'Requests allowed per minute in this tier' },
  'X-RateLimit-Remaining': { schema: { type: 'integer' } },
  'X-RateLimit-Reset': { schema: { type: 'integer' }, description: 'Unix seconds when the window resets' },
  'X-Request-Id': { schema: { type: 'string' } },
};

function errorResponses(route: RouteHandler): Record<string, unknown> {
  const d = route.definition;
  const codes = new Set<string>(['VALIDATION_ERROR', 'RATE_LIMITED', 'INTERNAL_ERROR']);
  if (!d.auth.includes('none') || d.auth.length > 1) codes.add('UNAUTHORIZED');
  if (d.scopes?.length || d.auth.includes('license')) codes.add('FORBIDDEN');
  if (d.path.includes('{')) codes.add('NOT_FOUND');
  if (d.method === 'POST' || d.method === 'PATCH') {
    codes.add('PAYLOAD_TOO_LARGE');
    codes.add('UNSUPPORTED_MEDIA_TYPE');
  }
  if (d.method === 'POST') codes.add('IDEMPOTENCY_KEY_REUSED');
  for (const code of d.openapi.errors ?? []) codes.add(code);
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const status = ERROR_STATUS[code as keyof typeof ERROR_STATUS];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, list]) => [
      String(status),
      { description: list.join(', '), content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );
}

function operation(route: RouteHandler): Record<string, unknown> {
  const d = route.definition;
  const parameters: unknown[] = [];
  for (const [location, schema] of [['path', d.params], ['query', d.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      parameters.push({ name, in: location, required: location === 'path' || required.has(name), schema: property, ...(property.description ? { description: property.description } : {}) });
    }
  }
  if (d.method === 'POST') {
    parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'Replays the first response for 24 h' });
  }
  const security: unknown[] = [];
  if (d.auth.includes('apiKey')) security.push({ apiKey: d.scopes ? [...d.scopes] : [] });
  if (d.auth.includes('license')) security.push({ licenseKey: [] });
  if (d.auth.includes('none')) security.push({});
  const success = d.status ?? 200;
  const dataSchema = d.openapi.response ? toSchema(d.openapi.response, 'output') : {};
  const responseBody = d.list
    ? { type: 'object', required: ['data', 'pagination'], properties: { data: { type: 'array', items: dataSchema }, pagination: paginationSchema } }
    : { type: 'object', required: ['data'], properties: { data: dataSchema } };
  const scopeText = d.scopes?.length ? ` Scopes: \`${d.scopes.join('`, `')}\`.` : '';
  return {
    operationId: `${d.method.toLowerCase()}${d.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z0-9]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: d.openapi.summary,
    description: `${d.openapi.description ?? ''}${scopeText}`.trim() || undefined,
    tags: d.openapi.tags,
    security,
    parameters,
    ...(d.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(d.body, 'input') } } } } : {}),
    responses: {
      [String(success)]:
        success === 204
          ? { description: 'Done', headers: rateLimitHeaders }
          : { description: 'Success', headers: rateLimitHeaders, content: { 'application/json': { schema: responseBody } } },
      ...errorResponses(route),
    },
  };
}

export function buildOpenApiDocument(serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const routes = registeredRoutes().sort((a, b) => a.definition.path.localeCompare(b.definition.path));
  for (const route of routes) {
    const path = `${API_PREFIX}${route.definition.path}`;
    paths[path] ??= {};
    paths[path][route.definition.method.toLowerCase()] = operation(route);
  }
  const tags = [...new Set(routes.flatMap((r) => r.definition.openapi.tags))].map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Licentric API',
      version: '1.0.0',
      description:
        'Licensing API: manage products, policies, licenses, machines, entitlements and webhooks with an API key; activate machines and validate keys from shipped applications. Errors use one envelope; lists are cursor-paginated newest first.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl ?? '/' }],
    tags,
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'API key: `Bearer lk_live_…` or `Bearer lk_test_…`' },
        licenseKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'License key: `License <key>`' },
      },
      schemas: { Error: errorSchema },
    },
  };
}
