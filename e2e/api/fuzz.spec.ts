// The fuzz suite over real HTTP against the production server, so Next's own layers (routing, body streams, 404,
// 405, header and URL limits) are in the path: a seeded sample of every REST operation's cases (from the server's
// own /api/openapi.json), methods and URLs Next handles itself, the dashboard's tRPC procedures with a signed-in
// session, next-auth's endpoints, and the portal's forms (key sign-in, deactivation, license-file download) posted
// the way a browser without JavaScript posts them. Never a 5xx; /api answers carry the envelope and X-Request-Id.
// Everything is created over HTTP (sign-up, API keys, resources), so it runs on the embedded database too.
import { expect, test } from '@playwright/test';
import type { AnyProcedure } from '@trpc/server';
import { z } from 'zod';
import { appRouter } from '@/server/trpc/routers/index.ts';
import { PORTAL_COOKIE } from '@/lib/cookies.ts';
import {
  Tally,
  describeCase,
  operationKey,
  operationsOf,
  problemsWith,
  restCases,
  type FuzzRequest,
} from '../../tests/fuzz/rest-cases.ts';
import {
  deep,
  fuzzSeed,
  garbageIds,
  pick,
  sample,
  sampleFromSchema,
  seededRng,
  toJsonText,
  type IdPool,
  type JsonSchema,
} from '../../tests/fuzz/values.ts';
import { cookieHeader, multipart, rawRequest, signUpVendor, storeCookies, type RawAnswer } from './http.ts';

test.describe.configure({ mode: 'serial' });

const seed = fuzzSeed();
const rng = seededRng(seed);
const tally = new Tally();
const unique = `${Date.now().toString(36)}${Math.floor(rng() * 1e6).toString(36)}`;
const session = new Map<string, string>();
/** Resources the REST and tRPC fuzzing may change or delete. */
const targets: IdPool = {};
/** Resources left alone: the portal, the Next-layer cases and the final checks use them. */
const ids: IdPool = {};
let baseURL = '';
let licenseKey = '';
let otherEnvironmentKey = '';

test.afterAll(() => {
  console.log(tally.report(seed));
  expect(tally.serverErrors(), 'no 5xx over HTTP').toBe(0);
});

const send = (request: Parameters<typeof rawRequest>[1]) => rawRequest(baseURL, request);

/**
 * Sends a case, counts it, and returns what is wrong with the answer. 429 is allowed (the limits are real here);
 * so is Node's own 431 for a request line or headers over 16 KB, which never becomes a request (no id, no envelope).
 */
async function check(part: string, operation: string, request: FuzzRequest): Promise<string[]> {
  const answer = await send({
    method: request.method,
    path: `/api/v1${request.path}${request.query ? `?${request.query}` : ''}`,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  tally.count(part, operation, answer.status);
  if (answer.status === 431) return [];
  return problemsWith(request, answer, [429]).map((p) => `${describeCase(operation, request)}: ${p}`);
}

async function trpc(path: string, input: unknown, method: 'GET' | 'POST' = 'POST'): Promise<RawAnswer> {
  const json = toJsonText({ json: input });
  return send(
    method === 'GET'
      ? {
          method,
          path: `/api/trpc/${path}?input=${encodeURIComponent(json)}`,
          headers: { cookie: cookieHeader(session) },
        }
      : {
          method,
          path: `/api/trpc/${path}`,
          headers: { cookie: cookieHeader(session), 'content-type': 'application/json' },
          body: json,
        },
  );
}

/** The data of a successful tRPC answer (superjson's `result.data.json`). */
async function trpcData<T>(path: string, input: unknown): Promise<T> {
  const answer = await trpc(path, input);
  expect(answer.status, `${path}: ${answer.text.slice(0, 300)}`).toBe(200);
  return (JSON.parse(answer.text) as { result: { data: { json: T } } }).result.data.json;
}

async function rest<T = { id: string }>(
  key: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const answer = await send({
    method,
    path: `/api/v1${path}`,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  expect(answer.status, `${method} ${path}: ${answer.text.slice(0, 300)}`).toBeLessThan(300);
  return (JSON.parse(answer.text) as { data: T }).data;
}

/** A fresh API key of the vendor (each operation gets its own, so per-key limits never hide a case). */
const apiKey = async (environment: 'live' | 'test' = 'live') =>
  (await trpcData<{ key: string }>('apiKeys.create', { environment, name: `fuzz ${unique}` })).key;

/** A product, policy (machines movable, offline allowed), entitlement, license, machine and webhook. */
async function seedResources(key: string, tag: string): Promise<IdPool & { licenseKey: string }> {
  const product = await rest(key, 'POST', '/products', {
    name: 'Fuzz',
    code: `fz-${tag}-${unique}`,
    keyPrefix: 'FZ',
  });
  const policy = await rest(key, 'POST', '/policies', {
    productId: product.id,
    name: 'Movable',
    maxMachines: 5,
    allowMachineTransfer: true,
    offlineAllowed: true,
  });
  const entitlement = await rest(key, 'POST', '/entitlements', { code: `fz-${tag}-${unique}`, name: 'Fuzz' });
  const license = await rest<{ id: string; key: string }>(key, 'POST', '/licenses', {
    productId: product.id,
    policyId: policy.id,
    userEmail: `buyer-${tag}-${unique}@example.com`,
  });
  const machine = await rest(key, 'POST', '/machines', {
    licenseId: license.id,
    fingerprint: `fp-${tag}-${unique}`,
    name: 'Fuzz box',
  });
  const webhook = await rest(key, 'POST', '/webhooks', { url: 'http://127.0.0.1:9/fuzz' });
  return {
    product: product.id,
    policy: policy.id,
    entitlement: entitlement.id,
    license: license.id,
    machine: machine.id,
    webhook: webhook.id,
    licenseKey: license.key,
  };
}

test.beforeAll(async ({ baseURL: url }) => {
  test.setTimeout(120_000);
  baseURL = url ?? '';
  // a vendor, signed in through next-auth like the dashboard does
  await signUpVendor(baseURL, session, `Fuzz ${unique}`);

  // resources through the API: one set to fuzz (it gets revoked, deleted…), one the portal and checks rely on
  const key = await apiKey();
  otherEnvironmentKey = await apiKey('test');
  Object.assign(targets, await seedResources(key, 'target'));
  const kept = await seedResources(key, 'kept');
  licenseKey = kept.licenseKey;
  Object.assign(ids, kept);
});

/** `/webhooks/{id}/deliveries` → webhook: the resource an `id` path param names. */
const ownerOfPath = (path: string): string => {
  const first = path.split('/')[1] ?? '';
  return first === 'policies' ? 'policy' : first.replace(/s$/, '');
};

test('REST: a seeded sample of every operation’s cases over HTTP', async () => {
  test.setTimeout(240_000);
  const doc = JSON.parse((await send({ method: 'GET', path: '/api/openapi.json' })).text) as Parameters<
    typeof operationsOf
  >[0];
  const operations = operationsOf(doc);
  expect(operations.length).toBeGreaterThan(40);
  const problems: string[] = [];
  for (const op of operations) {
    const owner = ownerOfPath(op.path);
    const params = Object.fromEntries(
      op.pathParams.map((name) => [
        name,
        targets[name === 'id' ? owner : name.replace(/Id$/, '')] ?? crypto.randomUUID(),
      ]),
    );
    const body = op.body ? sampleFromSchema(op.body, targets, '', owner) : undefined;
    const key = op.auth.includes('apiKey') ? `Bearer ${await apiKey()}` : null;
    const cases = restCases(
      op,
      { params, query: {}, body, authorization: key, valid: false },
      { otherEnvironment: `Bearer ${otherEnvironmentKey}`, license: `License ${licenseKey}` },
      rng,
    );
    const chosen = [
      ...cases.filter((c) => c.part === 'method'),
      ...sample(
        rng,
        cases.filter((c) => c.part !== 'method'),
        8,
      ),
    ];
    for (const request of chosen)
      problems.push(...(await check('REST over HTTP', operationKey(op), request)));
  }
  expect(problems).toEqual([]);
});

test('REST: what Next handles before any route code (methods, URLs, headers, body streams)', async () => {
  const product = `/products/${ids.product}`;
  const cases: Array<FuzzRequest & { envelope?: boolean }> = [];
  const add = (c: Partial<FuzzRequest> & Pick<FuzzRequest, 'label' | 'path'>, envelope = true) =>
    cases.push({
      part: 'method',
      method: 'GET',
      query: '',
      headers: {},
      ...c,
      ...(envelope ? {} : { envelope: false }),
    });
  for (const method of ['PUT', 'POST', 'HEAD', 'OPTIONS'])
    add({
      label: `${method} on GET/PATCH/DELETE path`,
      method,
      path: product,
      expect: method === 'PUT' || method === 'POST' ? [405] : undefined,
    });
  for (const method of ['GET', 'PUT', 'DELETE'])
    add({ label: `${method} on a POST-only path`, method, path: '/licenses/validate-key', expect: [405] });
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
    add({ label: `${method} on an unknown path`, method, path: '/no/such/thing', expect: [404] });
  for (const method of ['TRACE', 'PROPFIND', 'PURGE'])
    add({ label: `${method} (a method Next does not route)`, method, path: product, expect: [405] });
  for (const id of garbageIds(rng))
    add({
      label: `id in a dynamic segment: ${id.label}`,
      path: `/products/${id.value}`,
      headers: { authorization: `Bearer ${otherEnvironmentKey}` },
      expect: [404],
    });
  add({ label: 'malformed escape in a static segment', path: '/pro%E0%A4%Aducts' });
  add({ label: 'double slashes', path: '//products//' }, false);
  add({ label: 'dot segments', path: '/products/../../health' }, false);
  add({ label: '12 KB URL', path: `/products?q=${'x'.repeat(12 * 1024)}` });
  add({
    label: '1,000 query parameters',
    path: `/products?${Array.from({ length: 1000 }, (_v, i) => `p${i}=1`).join('&')}`,
    expect: [400, 401],
  });
  add({ label: '20 KB header', path: '/products', headers: { 'x-junk': 'j'.repeat(20 * 1024) } }, false);
  add({ label: 'Content-Length on GET', path: '/products', body: '{}' });
  const json = { 'content-type': 'application/json', authorization: `Bearer ${otherEnvironmentKey}` };
  add({
    label: 'chunked body over 64 KiB',
    method: 'POST',
    path: '/products',
    headers: json,
    body: `{"name":"${'n'.repeat(70_000)}"}`,
    expect: [413],
  });
  add({
    label: 'declared 10 MB',
    method: 'POST',
    path: '/products',
    headers: { ...json, 'content-length': String(10 * 1024 * 1024) },
    body: '{}',
    expect: [413],
  });
  add({
    label: 'gzip that is not gzip',
    method: 'POST',
    path: '/products',
    headers: { ...json, 'content-encoding': 'gzip' },
    body: '{"name":"x"}',
  });
  add({
    label: 'Expect: 100-continue',
    method: 'POST',
    path: '/products',
    headers: { ...json, expect: '100-continue' },
    body: '{}',
    expect: [400],
  });
  add({
    label: 'two content types',
    method: 'POST',
    path: '/products',
    headers: { ...json, 'content-type': 'application/json, text/plain' },
    body: '{}',
  });
  add({
    label: 'invalid JSON',
    method: 'POST',
    path: '/products',
    headers: json,
    body: '{"name":',
    expect: [400],
  });
  add({
    label: 'not UTF-8',
    method: 'POST',
    path: '/products',
    headers: json,
    body: Uint8Array.from([0x7b, 0xff, 0x7d]),
    expect: [400],
  });
  add({
    label: 'NUL in a field',
    method: 'POST',
    path: '/products',
    headers: json,
    body: '{"name":"a\\u0000","code":"x"}',
    expect: [400],
  });
  add({
    label: '15,000 nested arrays in metadata with a license key',
    method: 'POST',
    path: '/machines',
    headers: { 'content-type': 'application/json', authorization: `License ${licenseKey}` },
    body: toJsonText({ fingerprint: `fp-${unique}-deep`, metadata: { a: deep(15_000, 'array') } }),
    expect: [400],
  });
  for (const service of ['/api/health', '/api/ready', '/api/openapi.json', '/api/reference']) {
    cases.push({
      part: 'method',
      label: `PUT ${service}`,
      method: 'PUT',
      path: service,
      query: '',
      headers: {},
      expect: [405],
    });
  }

  const problems: string[] = [];
  for (const c of cases) {
    const full = c.path.startsWith('/api/') ? c.path : `/api/v1${c.path}`;
    const answer = await send({
      method: c.method,
      path: full,
      headers: c.headers,
      ...(c.body !== undefined ? { body: c.body, chunked: c.label.startsWith('chunked') } : {}),
    });
    tally.count('Next layers over HTTP', `${c.method} ${full.slice(0, 40)}`, answer.status);
    const found =
      c.envelope === false
        ? answer.status >= 500
          ? [`answered ${answer.status}`]
          : []
        : problemsWith(c, answer, [429]);
    problems.push(...found.map((p) => `${c.label} (${c.method} ${full.slice(0, 60)}): ${p}`));
  }
  expect(problems).toEqual([]);
});

test('tRPC: every procedure with bad inputs over /api/trpc, signed in', async () => {
  test.setTimeout(180_000);
  const procedures = Object.entries(
    (appRouter._def as unknown as { procedures: Record<string, AnyProcedure> }).procedures,
  );
  const problems: string[] = [];
  const record = (label: string, answer: RawAnswer) => {
    tally.count('tRPC over HTTP', label.split(' · ')[0] ?? label, answer.status);
    if (answer.status >= 500) problems.push(`${label}: ${answer.status} ${answer.text.slice(0, 200)}`);
  };
  for (const [path, procedure] of procedures) {
    const parser = procedure._def.inputs[0] as z.ZodType | undefined; // every router input is a zod schema
    const schema = parser
      ? (z.toJSONSchema(parser, { io: 'input', unrepresentable: 'any' }) as JsonSchema)
      : null;
    const owner = path.startsWith('policies') ? 'policy' : (path.split('.')[0] ?? '').replace(/s$/, '');
    const base = schema ? sampleFromSchema(schema, targets, '', owner) : undefined;
    const fields = base && typeof base === 'object' ? Object.keys(base) : [];
    const field = fields.length ? pick(rng, fields) : null;
    const method = procedure._def.type === 'query' ? 'GET' : 'POST';
    const inputs: Array<[string, unknown]> = [
      ['sample', base],
      ['NUL', field ? { ...(base as object), [field]: 'a\u0000b' } : 'a\u0000b'],
      ['lone surrogate', field ? { ...(base as object), [field]: '\udc00' } : '\udc00'],
      ['15,000 nested arrays', deep(15_000, 'array')],
      ['wrong type', field ? { ...(base as object), [field]: [1, { x: null }] } : 42],
      ['100 KB', field ? { ...(base as object), [field]: 'x'.repeat(100 * 1024) } : 'x'.repeat(100 * 1024)],
    ];
    for (const [label, input] of inputs) record(`${path} · ${label}`, await trpc(path, input, method));
    record(`${path} · wrong method`, await trpc(path, base, method === 'GET' ? 'POST' : 'GET'));
  }
  // the transport itself (superjson's wire format, batching), on a mutation any signed-in user may call
  const raw = (body: string) =>
    send({
      method: 'POST',
      path: '/api/trpc/account.create',
      headers: { cookie: cookieHeader(session), 'content-type': 'application/json' },
      body,
    });
  for (const [label, body] of [
    ['invalid JSON', '{"json":'],
    ['superjson BigInt that is not a number', '{"json":"abc","meta":{"values":["bigint"]}}'],
    ['superjson unknown class', '{"json":{},"meta":{"values":[["class","Nope"]]}}'],
    ['superjson __proto__ path', '{"json":{},"meta":{"values":{"__proto__.x":["undefined"]}}}'],
    ['superjson constructor key', '{"json":{"name":"x","constructor":{"prototype":{}}}}'],
    ['superjson deep meta path', `{"json":{},"meta":{"values":{"${'a.'.repeat(5000)}a":["undefined"]}}}`],
    [
      'superjson Date in a string field',
      '{"json":{"name":"2020-01-01T00:00:00.000Z"},"meta":{"values":{"name":["Date"]}}}',
    ],
  ] as const) {
    record(`transport · ${label}`, await raw(body));
  }
  const batch = await send({
    method: 'POST',
    path: `/api/trpc/${procedures
      .slice(0, 40)
      .map(([p]) => p)
      .join(',')}?batch=1`,
    headers: { cookie: cookieHeader(session), 'content-type': 'application/json' },
    body: JSON.stringify(Object.fromEntries(procedures.slice(0, 40).map((_p, i) => [i, { json: '\u0000' }]))),
  });
  record('batch of 40 with NUL inputs', batch);
  record('unknown procedure', await trpc('nope.nothing', {}));
  record(
    'PUT',
    await send({
      method: 'PUT',
      path: '/api/trpc/products.list',
      headers: { cookie: cookieHeader(session) },
    }),
  );
  expect(problems).toEqual([]);
});

test('next-auth: sign-in, session and CSRF endpoints with bad input', async () => {
  const csrf = await send({ method: 'GET', path: '/api/auth/csrf' });
  const jar = new Map<string, string>();
  storeCookies(jar, csrf);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const problems: string[] = [];
  const post = async (label: string, form: string, headers: Record<string, string> = {}) => {
    const answer = await send({
      method: 'POST',
      path: '/api/auth/callback/credentials',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar), ...headers },
      body: form,
    });
    tally.count('next-auth over HTTP', 'POST /api/auth/callback/credentials', answer.status);
    if (answer.status >= 500) problems.push(`${label}: ${answer.status} ${answer.text.slice(0, 200)}`);
  };
  const token = encodeURIComponent(csrfToken);
  for (const [label, email, password] of [
    ['NUL in the email', 'a%00b%40example.com', 'x'],
    ['NUL in the password', `fuzz-${unique}%40example.com`, 'a%00b'],
    ['bytes that are not UTF-8', '%FF%FE%40example.com', '%ED%A0%80'],
    ['100 KB password', 'x%40example.com', 'p'.repeat(100 * 1024)],
    ['100 KB email', `${'e'.repeat(100 * 1024)}%40example.com`, 'x'],
    ['arrays', 'a%40b.c&email=d%40e.f', 'x&password=y'],
  ] as const) {
    await post(label, `csrfToken=${token}&email=${email}&password=${password}&json=true`);
  }
  await post('no CSRF token', 'email=a%40b.c&password=x');
  await post('JSON body', JSON.stringify({ csrfToken, email: 'a@b.c', password: { $ne: 1 } }), {
    'content-type': 'application/json',
  });
  for (const [label, path, cookie] of [
    ['garbage session cookie', '/api/auth/session', 'next-auth.session-token=%00%FF%ED%A0%80'],
    ['huge session cookie', '/api/auth/session', `next-auth.session-token=${'a'.repeat(6000)}`],
    ['NUL callback URL', '/api/auth/signin?callbackUrl=%00', ''],
    ['unknown provider', '/api/auth/signin/%E0%A4%A', ''],
    ['unknown action', '/api/auth/%00', ''],
  ] as const) {
    const answer = await send({ method: 'GET', path, headers: cookie ? { cookie } : {} });
    tally.count('next-auth over HTTP', `GET ${path.split('?')[0]}`, answer.status);
    if (answer.status >= 500) problems.push(`${label}: ${answer.status} ${answer.text.slice(0, 200)}`);
  }
  expect(problems).toEqual([]);
});

/** The hidden fields of each `<form>` in server-rendered HTML (how a browser without JavaScript posts it). */
function formsOf(html: string): Array<{ action: string; fields: Array<[string, string]> }> {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, attributes = '', inner = '']) => ({
    action: decode(/\baction="([^"]*)"/.exec(attributes)?.[1] ?? ''),
    fields: [...inner.matchAll(/<input\b([^>]*)>/g)]
      .map(([, a = '']) => [/\bname="([^"]*)"/.exec(a)?.[1], /\bvalue="([^"]*)"/.exec(a)?.[1] ?? ''] as const)
      .filter((f): f is readonly [string, string] => f[0] !== undefined)
      .map(([name, value]) => [decode(name), decode(value)] as [string, string]),
  }));
}

test('portal: sign-in by key, deactivation and download forms with bad input, never a 500', async () => {
  test.setTimeout(120_000);
  const origin = { origin: baseURL };
  const problems: string[] = [];
  const note = (label: string, answer: RawAnswer) => {
    tally.count('portal forms over HTTP', label.split(':')[0] ?? label, answer.status);
    if (answer.status >= 500) problems.push(`${label}: ${answer.status} ${answer.text.slice(0, 200)}`);
  };
  const postForm = (path: string, fields: Array<[string, string | Uint8Array]>, cookie = '') => {
    const { body, contentType } = multipart(fields);
    return send({
      method: 'POST',
      path,
      headers: { ...origin, 'content-type': contentType, ...(cookie ? { cookie } : {}) },
      body,
    });
  };

  const page = await send({ method: 'GET', path: '/portal' });
  const keyForm = formsOf(page.text).find((f) => f.fields.some(([name]) => name === 'key'));
  expect(keyForm, 'the key sign-in form').toBeDefined();
  const hidden = keyForm!.fields.filter(([name]) => name.startsWith('$ACTION'));
  const keys: Array<[string, string | Uint8Array]> = [
    ['NUL', 'LIC-\u0000'],
    ['CESU lone surrogate bytes', Uint8Array.from([0xed, 0xa0, 0x80])],
    ['bytes that are not UTF-8', Uint8Array.from([0xff, 0xfe, 0x00])],
    ['100 KB', 'K'.repeat(100 * 1024)],
    ['empty', ''],
    ['SQL', "' OR 1=1--"],
  ];
  for (const [label, key] of keys) {
    const answer = await postForm('/portal', [...hidden, ['key', key]]);
    note(`key sign-in: ${label}`, answer);
    // the action ran and answered with the form's own message (so these posts reach the action at all)
    if (label === 'NUL') expect(answer.text).toContain('sign you in with that key');
  }
  note('key sign-in: no action fields', await postForm('/portal', [['key', 'x']]));
  note(
    'key sign-in: garbage action id',
    await postForm('/portal', [
      ['$ACTION_ID_0000', ''],
      ['key', 'x'],
    ]),
  );
  const emailForm = formsOf(page.text).find((f) => f.fields.some(([name]) => name === 'email'));
  if (emailForm) {
    const emailHidden = emailForm.fields.filter(([name]) => name.startsWith('$ACTION'));
    for (const [label, value] of keys)
      note(`email sign-in: ${label}`, await postForm('/portal', [...emailHidden, ['email', value]]));
  }

  // signed in with the real key: the machine pages and forms
  const jar = new Map<string, string>();
  const signedIn = await postForm('/portal', [...hidden, ['key', licenseKey]]);
  storeCookies(jar, signedIn);
  expect(jar.size, `portal sign-in answered ${signedIn.status}`).toBeGreaterThan(0);
  const cookie = cookieHeader(jar);
  const confirm = await send({
    method: 'GET',
    path: `/portal/machines/${ids.machine}/deactivate`,
    headers: { cookie },
  });
  const deactivate = formsOf(confirm.text).find((f) => f.fields.some(([name]) => name === 'machineId'));
  expect(deactivate, 'the deactivation form').toBeDefined();
  const actionFields = deactivate!.fields.filter(([name]) => name.startsWith('$ACTION'));
  for (const id of garbageIds(rng)) {
    note(
      `page: ${id.label}`,
      await send({ method: 'GET', path: `/portal/machines/${id.value}/deactivate`, headers: { cookie } }),
    );
    note(
      `download: ${id.label}`,
      await send({
        method: 'POST',
        path: `/portal/machines/${id.value}/license-file`,
        headers: { ...origin, cookie },
      }),
    );
    note(
      `deactivate: ${id.label}`,
      await postForm(
        `/portal/machines/${ids.machine}/deactivate`,
        [...actionFields, ['machineId', id.value]],
        cookie,
      ),
    );
  }
  for (const [label, value] of keys) {
    note(
      `deactivate: ${label}`,
      await postForm(
        `/portal/machines/${ids.machine}/deactivate`,
        [...actionFields, ['machineId', value]],
        cookie,
      ),
    );
  }
  note(
    'download: PUT',
    await send({
      method: 'PUT',
      path: `/portal/machines/${ids.machine}/license-file`,
      headers: { ...origin, cookie },
    }),
  );
  note('login page: NUL token', await send({ method: 'GET', path: '/portal/login?token=%00%ED%A0%80' }));
  note(
    'portal: garbage session cookie',
    await send({ method: 'GET', path: '/portal', headers: { cookie: `${PORTAL_COOKIE}=%00%FF` } }),
  );

  // and the portal still works: the real download
  const file = await send({
    method: 'POST',
    path: `/portal/machines/${ids.machine}/license-file`,
    headers: { ...origin, cookie },
  });
  expect(file.status, file.text.slice(0, 200)).toBe(200);
  expect(problems).toEqual([]);
});

test('the server is healthy afterwards', async () => {
  const health = await send({ method: 'GET', path: '/api/health' });
  expect(health.status).toBe(200);
  const key = await apiKey();
  const list = await send({
    method: 'GET',
    path: '/api/v1/products',
    headers: { authorization: `Bearer ${key}` },
  });
  expect(list.status, list.text).toBe(200);
  expect(list.headers.get('x-request-id')).toBeTruthy();
  const validation = await send({
    method: 'POST',
    path: '/api/v1/licenses/validate-key',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: licenseKey, fingerprint: `fp-kept-${unique}` }),
  });
  expect(JSON.parse(validation.text)).toMatchObject({ data: { valid: true } });
});
