// The probes called as plain route handlers against the test database.
import { beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../tests/helpers.ts';
import { GET as health } from './health/route.ts';
import { GET as ready } from './ready/route.ts';

const request = (path: string) => new Request(`http://localhost${path}`);

describe('GET /api/health', () => {
  it('answers 200 ok', async () => {
    const response = await health(request('/api/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /api/ready', () => {
  // open the database first: the probe's 2 s budget is for the query, not for booting PGlite
  beforeAll(async () => {
    await testDb();
  });

  it('answers 200 ready when the database answers', async () => {
    const response = await ready(request('/api/ready'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('answers 503 with the error envelope once shutdown has begun', async () => {
    // lifecycle.ts keeps its state on globalThis; flip the flag without running (and closing) anything
    const lifecycle = globalThis as unknown as {
      __licentricShutdown?: { hooks: unknown[]; started: boolean };
    };
    lifecycle.__licentricShutdown ??= { hooks: [], started: false };
    lifecycle.__licentricShutdown.started = true;
    try {
      const response = await ready(request('/api/ready'));
      expect(response.status).toBe(503);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
      expect(body.error).toEqual(expect.any(String));
      expect(body.requestId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(response.headers.get('X-Request-Id')).toBe(body.requestId);
    } finally {
      lifecycle.__licentricShutdown.started = false;
    }
  });
});
