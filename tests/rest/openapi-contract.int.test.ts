// The OpenAPI contract over a recorded set of answers: every route's success answer, the statuses the issue found
// undocumented (200 re-activation, 404 for unknown referenced ids, 405/OPTIONS on known paths) and the pipeline's
// refusals (401, 413, 415) are described by the document; and the checker itself rejects what the document does
// not describe (an unlisted status, a missing declared header, a body field the closed schema does not have).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '@/server/rest/route.ts';
import { contractProblems, recordAnswers, type RecordedAnswer } from '../openapi-contract.ts';
import * as productsFile from '../../app/api/v1/products/route.ts';
import * as productFile from '../../app/api/v1/products/[id]/route.ts';
import {
  Tenant,
  allRoutes,
  buildRequest,
  disableRateLimits,
  routeFor,
  routeKey,
  send,
  specFor,
  type Sent,
} from './fixtures.ts';

let tenant: Tenant;
beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
});

/** Sends requests while recording their answers; the answers and the contract problems of all of them. */
async function recorded(
  work: () => Promise<Sent[]>,
): Promise<{ answers: RecordedAnswer[]; problems: string[]; sent: Sent[] }> {
  const recorder = recordAnswers();
  const sent = await work();
  const problems = await recorder.stop();
  return { answers: recorder.answers, problems, sent };
}

function route(method: string, path: string) {
  const found = routeFor(method, path);
  if (!found) throw new Error(`no route ${method} ${path}`);
  return found;
}

/** A route file's method handler as send() takes it. */
const fromTable =
  (handler: (request: Request) => Response | Promise<Response>) =>
  async (request: Request): Promise<Response> =>
    handler(request);

const bearer = () => `Bearer ${tenant.fullKey}`;

describe('every route', () => {
  it.each(allRoutes().map((r) => [routeKey(r), r] as const))(
    '%s: its success answer is described',
    async (_name, r) => {
      const spec = await specFor(r, tenant);
      const authorization = r.definition.auth.includes('apiKey') ? bearer() : null;
      const { answers, problems, sent } = await recorded(async () => [
        await send(r, buildRequest(r, spec, { authorization })),
      ]);
      expect(sent[0]?.status).toBeLessThan(300);
      expect(answers).toHaveLength(1);
      expect(problems).toEqual([]);
    },
  );
});

describe('statuses the document used to miss', () => {
  it('200 from POST /machines for a fingerprint already active', async () => {
    const machine = await tenant.machine();
    const activate = route('POST', '/machines');
    const { problems, sent } = await recorded(async () => [
      await send(
        activate,
        buildRequest(
          activate,
          { body: { licenseId: machine.licenseId, fingerprint: machine.fingerprint } },
          { authorization: bearer() },
        ),
      ),
    ]);
    expect(sent.map((s) => s.status)).toEqual([200]);
    expect(problems).toEqual([]);
  });

  it('404 for unknown referenced ids in POST /policies, /licenses, /machines and GET /analytics', async () => {
    const unknown = randomUUID();
    const policy = await tenant.policy();
    const cases = [
      route('POST', '/policies'),
      route('POST', '/licenses'),
      route('POST', '/machines'),
      route('GET', '/analytics'),
    ];
    const specs = [
      { body: { productId: unknown, name: 'x', maxMachines: 1 } },
      { body: { productId: policy.productId, policyId: unknown } },
      { body: { licenseId: unknown, fingerprint: tenant.unique('fp-') } },
      { query: { productId: unknown } },
    ];
    const { problems, sent } = await recorded(() =>
      Promise.all(cases.map((r, i) => send(r, buildRequest(r, specs[i] ?? {}, { authorization: bearer() })))),
    );
    expect(sent.map((s) => s.status)).toEqual([404, 404, 404, 404]);
    expect(problems).toEqual([]);
  });

  it('405 with Allow and OPTIONS 204 on known paths', async () => {
    const url = 'http://localhost/api/v1/products';
    const one = `http://localhost/api/v1/products/${randomUUID()}`;
    const { problems, sent } = await recorded(async () => [
      await send(fromTable(productsFile.PUT), new Request(url, { method: 'PUT' })),
      await send(fromTable(productsFile.DELETE), new Request(url, { method: 'DELETE' })),
      await send(fromTable(productFile.POST), new Request(one, { method: 'POST' })),
      await send(fromTable(productsFile.OPTIONS), new Request(url, { method: 'OPTIONS' })),
    ]);
    expect(sent.map((s) => s.status)).toEqual([405, 405, 405, 204]);
    expect(problems).toEqual([]);
  });

  it('401, 413 and 415 refusals', async () => {
    const create = route('POST', '/products');
    const body = { name: 'x', code: tenant.unique('p') };
    const { problems, sent } = await recorded(async () => [
      await send(create, buildRequest(create, { body })),
      await send(
        create,
        buildRequest(create, {}, { authorization: bearer(), rawBody: 'x'.repeat(MAX_BODY_BYTES + 1) }),
      ),
      await send(
        create,
        buildRequest(
          create,
          {},
          { authorization: bearer(), rawBody: 'name=x', headers: { 'content-type': 'text/plain' } },
        ),
      ),
    ]);
    expect(sent.map((s) => s.status)).toEqual([401, 413, 415]);
    expect(problems).toEqual([]);
  });
});

describe('the checker', () => {
  const base: RecordedAnswer = {
    operation: { method: 'GET', path: '/products/{id}', served: true },
    status: 200,
    headers: { 'x-request-id': '01JZ0000000000000000000000' },
    body: '',
  };
  let product: Record<string, unknown>;
  beforeAll(async () => {
    product = { ...(await tenant.product()) };
  });
  const answer = (over: Partial<RecordedAnswer>): RecordedAnswer => ({
    ...base,
    body: JSON.stringify({ data: product }),
    ...over,
  });

  it('accepts a described answer', async () => {
    expect(await contractProblems(answer({}))).toEqual([]);
  });

  it('rejects a status the operation does not list', async () => {
    expect(await contractProblems(answer({ status: 202 }))).toEqual([
      'GET /products/{id}: status 202 is not listed for the operation',
    ]);
  });

  it('rejects a missing required header', async () => {
    expect(await contractProblems(answer({ headers: {} }))).toEqual([
      'GET /products/{id} → 200: required header X-Request-Id is missing',
    ]);
  });

  it('rejects a field the closed schema does not have, and a timestamp that is not date-time', async () => {
    const extra = JSON.stringify({ data: { ...product, secret: 'x' } });
    expect((await contractProblems(answer({ body: extra })))[0]).toMatch(
      /must NOT have additional properties.*secret/,
    );
    const badDate = JSON.stringify({ data: { ...product, createdAt: 'yesterday' } });
    expect((await contractProblems(answer({ body: badDate })))[0]).toMatch(/createdAt must match format/);
  });

  it('rejects an error answer outside the envelope', async () => {
    const problems = await contractProblems(
      answer({ status: 404, body: JSON.stringify({ message: 'not found' }) }),
    );
    expect(problems.join('\n')).toMatch(/must have required property 'error'/);
  });
});
