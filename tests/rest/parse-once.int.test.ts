// Input is parsed once per request (docs/contributing.md): a REST body or query parsed by route() with the domain
// function's own schema reaches the domain function marked, and its parse takes it as it is; input from any other
// caller (tRPC's unparsed domainInput, jobs, tests) is still parsed by the domain function.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createProductInput, createProduct } from '@/server/domain/products/products.ts';
import { isParsedBy, markParsed, parseInput } from '@/server/domain/shared/parsed-input.ts';
import { createProductRoute } from '@/server/rest/endpoints/products.ts';
import { testContext } from '../helpers.ts';
import { Tenant, disableRateLimits } from './fixtures.ts';

let t: Tenant;

beforeAll(async () => {
  await disableRateLimits();
  t = await Tenant.create();
});

afterEach(() => vi.restoreAllMocks());

describe('parse once', () => {
  it('parses a REST body once: route() with the schema, the domain function not again', async () => {
    const safeParse = vi.spyOn(createProductInput, 'safeParse');
    const parse = vi.spyOn(createProductInput, 'parse');
    const response = await createProductRoute(
      new Request('http://localhost/api/v1/products', {
        method: 'POST',
        headers: { authorization: `Bearer ${t.fullKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Parsed once', code: 'parsed-once' }),
      }),
    );
    expect(response.status).toBe(201);
    expect(safeParse).toHaveBeenCalledTimes(1);
    expect(parse).not.toHaveBeenCalled();
  });

  it('still answers a bad REST body with the route envelope', async () => {
    const response = await createProductRoute(
      new Request('http://localhost/api/v1/products', {
        method: 'POST',
        headers: { authorization: `Bearer ${t.fullKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 5 }),
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^Invalid body: name: /);
  });

  it('parses input from other callers in the domain function', async () => {
    const parse = vi.spyOn(createProductInput, 'parse');
    const ctx = testContext(t.db, { id: t.accountId }, { environment: t.environment });
    await expect(
      createProduct(ctx, { name: 7 } as unknown as z.input<typeof createProductInput>),
    ).rejects.toBeInstanceOf(z.ZodError);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('trusts only values marked for the same schema', () => {
    const schema = z.strictObject({ n: z.number() });
    const other = z.strictObject({ n: z.number() });
    const value = markParsed(schema, schema.parse({ n: 1 }));
    expect(isParsedBy(schema, value)).toBe(true);
    expect(isParsedBy(other, value)).toBe(false);
    expect(isParsedBy(schema, { n: 1 })).toBe(false);
    expect(() => parseInput(other, { ...value, x: 1 })).toThrow(z.ZodError);
    expect(parseInput(schema, value)).toBe(value);
  });
});
