// Fuzz cases for every operation of the OpenAPI document (so every route() in the registry, with no list to keep
// up to date), the answer check every case must pass, and the tally of requests and 5xx answers. Pure: the same
// cases are sent to the handlers directly (Vitest) and to the production server over HTTP (Playwright).
import {
  CONTENT_TYPES,
  INVALID_JSON,
  NOT_AN_OBJECT,
  WELL_FORMED_IDS,
  garbageAuthorizations,
  garbageIds,
  garbageQueryValues,
  objectMutations,
  toJsonText,
  type JsonSchema,
  type Rejection,
  type Rng,
} from './values.ts';

export const API_PREFIX = '/api/v1';
export const MAX_BODY_BYTES = 64 * 1024;
const ALL_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export interface Operation {
  method: string;
  /** OpenAPI path below /api/v1, e.g. `/products/{id}`. */
  path: string;
  /** Authentication schemes the document declares: `apiKey`, `licenseKey`, `none`. */
  auth: string[];
  pathParams: string[];
  queryParams: Array<{ name: string; schema: JsonSchema }>;
  /** The JSON body's schema; POST/PATCH without a documented body still take a strict empty object. */
  body?: JsonSchema;
  /** Methods the path serves (for the 405 cases). */
  served: string[];
  /** Body size limit: 64 KiB, or the `x-max-bytes` of an upload's request body. */
  maxBodyBytes: number;
  /** Content types the body may have besides JSON (uploads, e.g. text/csv). */
  uploadTypes: string[];
  /** Whether the document declares an `Idempotency-Key` header (routes that ignore it accept any value). */
  idempotencyKey: boolean;
}

interface OpenApiOperation {
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; schema?: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }>; 'x-max-bytes'?: number };
}

/** Every operation of the document. */
export function operationsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [fullPath, methods] of Object.entries(doc.paths)) {
    const served = Object.keys(methods).map((m) => m.toUpperCase());
    for (const [method, op] of Object.entries(methods)) {
      const upper = method.toUpperCase();
      const parameters = op.parameters ?? [];
      const strictEmpty: JsonSchema = { type: 'object', properties: {}, additionalProperties: false };
      operations.push({
        method: upper,
        path: fullPath.slice(API_PREFIX.length),
        // `security: []` = no authentication at all; `{}` beside schemes = credentials optional
        auth: op.security?.length ? op.security.map((s) => Object.keys(s)[0] ?? 'none') : ['none'],
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body:
          op.requestBody?.content['application/json']?.schema ??
          (upper === 'POST' || upper === 'PATCH' ? strictEmpty : undefined),
        served,
        maxBodyBytes: op.requestBody?.['x-max-bytes'] ?? MAX_BODY_BYTES,
        uploadTypes: Object.keys(op.requestBody?.content ?? {}).filter((type) => type !== 'application/json'),
        idempotencyKey: parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
      });
    }
  }
  return operations.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

export const operationKey = (op: Operation): string => `${op.method} ${op.path}`;

/** A request that answers 2xx: real path ids, query and body, and a credential the operation accepts. */
export interface BaseRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
  authorization: string | null;
  /** False when the base is only a schema sample (REST over HTTP): it may itself be a 400. */
  valid?: boolean;
}

/** Other credentials of the same tenant. */
export interface Credentials {
  /** An API key of the same account in the other environment. */
  otherEnvironment: string;
  /** `License <key>` of one of the tenant's licenses. */
  license: string;
}

export interface FuzzRequest {
  part: 'auth' | 'method' | 'path' | 'query' | 'body' | 'content' | 'headers';
  label: string;
  method: string;
  /** Below /api/v1, percent-encoded as sent. */
  path: string;
  /** Without `?`, encoded as sent. */
  query: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /** The statuses allowed for this case; any non-5xx when absent. */
  expect?: number[];
}

const encodeQuery = (query: Record<string, string>): string => new URLSearchParams(query).toString();

/** The path with its params encoded, except `raw` ones (already encoded as they are to be sent). */
function fillPath(path: string, params: Record<string, string>, raw: Record<string, string> = {}): string {
  return path.replace(
    /\{(\w+)\}/g,
    (_m, name: string) => raw[name] ?? encodeURIComponent(params[name] ?? ''),
  );
}

const expectFor = (reject: Rejection): number[] | undefined => (reject ? [400] : undefined);

/** Every fuzz case of one operation, from its schema and a base request that works. */
export function restCases(
  op: Operation,
  base: BaseRequest,
  credentials: Credentials,
  rng: Rng,
): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  const hasBody = op.body !== undefined && (op.method === 'POST' || op.method === 'PATCH');
  const baseHeaders = (): Record<string, string> => ({
    ...(base.authorization ? { authorization: base.authorization } : {}),
    ...(hasBody ? { 'content-type': 'application/json' } : {}),
  });
  const baseBody = hasBody ? toJsonText(base.body ?? {}) : undefined;
  const add = (c: Partial<FuzzRequest> & Pick<FuzzRequest, 'part' | 'label'>) =>
    cases.push({
      method: op.method,
      path: fillPath(op.path, base.params),
      query: encodeQuery(base.query),
      headers: baseHeaders(),
      ...(baseBody !== undefined ? { body: baseBody } : {}),
      ...c,
    });
  const withAuth = (authorization: string | null): Record<string, string> => {
    const { authorization: _dropped, ...rest } = baseHeaders();
    return authorization === null ? rest : { ...rest, authorization };
  };

  // every auth scheme (an authenticated route never answers 2xx without a credential it accepts)
  const open = op.auth.includes('none');
  add({ part: 'auth', label: 'no credential', headers: withAuth(null), ...(open ? {} : { expect: [401] }) });
  for (const garbage of garbageAuthorizations(rng)) {
    add({
      part: 'auth',
      label: `garbage: ${garbage.label}`,
      headers: withAuth(garbage.value),
      ...(open ? {} : { expect: [401] }),
    });
  }
  add({
    part: 'auth',
    label: 'API key of the other environment',
    headers: withAuth(credentials.otherEnvironment),
  });
  add({ part: 'auth', label: 'license key', headers: withAuth(credentials.license) });

  // every method on the path (once per path): the unserved ones are a 405 in the envelope
  const firstOfPath = ALL_METHODS.find((m) => op.served.includes(m)) === op.method;
  for (const method of ALL_METHODS.filter((m) => firstOfPath && m !== op.method)) {
    const served = op.served.includes(method) || (method === 'HEAD' && op.served.includes('GET'));
    if (served && method !== 'HEAD') continue; // the served ones have their own operation
    add({
      part: 'method',
      label: method,
      method,
      headers: withAuth(base.authorization),
      body: undefined,
      expect: method === 'OPTIONS' ? [204] : served ? undefined : [405],
    });
  }

  // garbage path ids: nothing to find (a malformed id before anything else is read)
  for (const name of op.pathParams) {
    for (const id of garbageIds(rng)) {
      add({
        part: 'path',
        label: `${name}: ${id.label}`,
        path: fillPath(op.path, base.params, { [name]: id.value }),
        expect: base.valid === false && WELL_FORMED_IDS.has(id.label) ? [404, 400] : [404],
      });
    }
  }

  // query values
  for (const { name } of op.queryParams) {
    for (const value of garbageQueryValues(rng)) {
      add({
        part: 'query',
        label: `${name}: ${value.label}`,
        query: [encodeQuery(base.query), `${name}=${value.value}`].filter(Boolean).join('&'),
        ...(value.label === 'NUL' ? { expect: [400] } : {}),
      });
    }
    add({ part: 'query', label: `${name} repeated`, query: `${name}=1&${name}=2` });
  }
  add({ part: 'query', label: 'unknown parameter', query: 'bogusParam=1', expect: [400] });
  add({ part: 'query', label: 'NUL parameter name', query: 'a%00b=1', expect: [400] });
  add({ part: 'query', label: 'only separators', query: '&&&=&=' });

  if (!hasBody) {
    if (op.method === 'DELETE')
      add({
        part: 'body',
        label: 'JSON body on DELETE',
        body: '{"x":1}',
        headers: { ...baseHeaders(), 'content-type': 'application/json' },
      });
    return cases;
  }

  // bodies: each field wrong, missing, unknown; not an object; not JSON
  const baseObject = (base.body ?? {}) as Record<string, unknown>;
  for (const m of [...objectMutations(op.body ?? {}, baseObject, rng), ...NOT_AN_OBJECT]) {
    add({ part: 'body', label: m.label, body: toJsonText(m.value), expect: expectFor(m.reject) });
  }
  for (const invalid of INVALID_JSON)
    add({ part: 'body', label: `invalid JSON: ${invalid.label}`, body: invalid.value, expect: [400] });
  add({
    part: 'body',
    label: 'not UTF-8',
    body: Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    expect: [400],
  });
  add({ part: 'body', label: 'UTF-8 byte order mark', body: `\ufeff${baseBody}` });
  add({ part: 'body', label: 'empty', body: '' });

  // transport: content types, sizes
  for (const type of CONTENT_TYPES) {
    add({
      part: 'content',
      label: type.label,
      headers: { ...baseHeaders(), 'content-type': type.value },
      ...(type.json || op.uploadTypes.includes(type.value) ? {} : { expect: [415] }),
    });
  }
  const { 'content-type': _type, ...noType } = baseHeaders();
  add({ part: 'content', label: 'no content type', headers: noType, expect: [415] });
  const big = toJsonText({ ...baseObject, metadata: { blob: 'x'.repeat(MAX_BODY_BYTES) } });
  // an upload takes more (its own limit is tested by its route's tests): any non-5xx answer then
  const tooBig = op.maxBodyBytes > 1024 * 1024 ? {} : { expect: [413] };
  add({ part: 'content', label: 'over 64 KiB', body: big, ...tooBig });
  add({
    part: 'content',
    label: '1 MiB',
    body: toJsonText({ blob: 'y'.repeat(1024 * 1024) }),
    ...tooBig,
  });

  if (op.method === 'POST') {
    for (const [label, key, expected] of [
      ['256 characters', 'k'.repeat(256), op.idempotencyKey ? [400] : undefined],
      ['8 KB', 'k'.repeat(8 * 1024), op.idempotencyKey ? [400] : undefined],
      ['Latin-1', 'clé-\u00ff', undefined],
    ] as const) {
      add({
        part: 'headers',
        label: `Idempotency-Key: ${label}`,
        headers: { ...baseHeaders(), 'idempotency-key': key },
        ...(expected ? { expect: [...expected] } : {}),
      });
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------
// The answer check and the tally.

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export interface Answer {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
}

/** What is wrong with an answer: a 5xx, an unexpected status, no X-Request-Id, or an error without its envelope. */
export function problemsWith(request: FuzzRequest, answer: Answer, allowed: number[] = []): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status}`);
  else if (request.expect && !request.expect.includes(answer.status) && !allowed.includes(answer.status))
    problems.push(`answered ${answer.status}, expected ${request.expect.join(' or ')}`);
  const requestId = answer.headers.get('x-request-id');
  if (!requestId || !ULID.test(requestId)) problems.push(`X-Request-Id ${JSON.stringify(requestId)}`);
  if (answer.status >= 400 && request.method !== 'HEAD') {
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(answer.text) as Record<string, unknown>;
    } catch {
      problems.push('error body is not JSON');
    }
    if (body) {
      if (typeof body.error !== 'string' || typeof body.code !== 'string')
        problems.push('no error/code in the envelope');
      if (body.status !== answer.status) problems.push(`envelope status ${String(body.status)}`);
      if (body.requestId !== requestId)
        problems.push(`envelope requestId ${String(body.requestId)} ≠ header`);
    }
  }
  if (answer.status === 405 && !answer.headers.get('allow')) problems.push('405 without Allow');
  return problems;
}

export const describeCase = (op: Operation | string, request: FuzzRequest): string =>
  `${typeof op === 'string' ? op : operationKey(op)} · ${request.part} · ${request.label} (${request.method} ${request.path.slice(0, 80)}${request.query ? `?${request.query.slice(0, 60)}` : ''})`;

/** Requests sent and 5xx answers seen, per part of the suite; printed at the end of each file. */
export class Tally {
  private readonly parts = new Map<
    string,
    { requests: number; serverErrors: number; operations: Set<string> }
  >();

  count(part: string, operation: string, status: number): void {
    const entry = this.parts.get(part) ?? { requests: 0, serverErrors: 0, operations: new Set<string>() };
    entry.requests += 1;
    if (status >= 500) entry.serverErrors += 1;
    entry.operations.add(operation);
    this.parts.set(part, entry);
  }

  serverErrors(): number {
    return [...this.parts.values()].reduce((sum, e) => sum + e.serverErrors, 0);
  }

  report(seed: number): string {
    const lines = [...this.parts.entries()].map(
      ([part, e]) =>
        `  ${part}: ${e.requests} requests over ${e.operations.size} operations, 5xx: ${e.serverErrors}`,
    );
    return [`[fuzz] seed ${seed} (replay with FUZZ_SEED=${seed})`, ...lines].join('\n');
  }
}
