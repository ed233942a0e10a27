// The production server's gate in front of Next: methods Next does not route and paths that do not decode are
// refused in the error envelope (both were a 500 from inside Next); everything else goes on to Next.
import { describe, expect, it } from 'vitest';
import { refuseUnroutable } from './request-gate.ts';

describe('refuseUnroutable', () => {
  it.each(['TRACE', 'PROPFIND', 'PURGE', 'MKCOL', 'LINK'])(
    '%s is a 405 with Allow and the envelope',
    (method) => {
      const answer = refuseUnroutable(method, '/api/v1/products');
      expect(answer?.status).toBe(405);
      expect(answer?.headers.Allow).toBe('GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE');
      const body = JSON.parse(answer!.body) as Record<string, unknown>;
      expect(body).toMatchObject({
        code: 'METHOD_NOT_ALLOWED',
        status: 405,
        requestId: answer?.headers['X-Request-Id'],
      });
    },
  );

  it.each([
    '/api/v1/products/%E0%A4%A',
    '/portal/machines/%ZZ/deactivate',
    '/api/auth/signin/%C0%80',
    '/%ED%A0%80',
  ])('a path that does not decode (%s) is a 404 in the envelope', (url) => {
    const answer = refuseUnroutable('GET', url);
    expect(answer?.status).toBe(404);
    expect(JSON.parse(answer!.body)).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it.each([
    ['GET', '/api/v1/products/%00'],
    ['PUT', '/api/v1/products'],
    ['GET', '/portal?q=%E0%A4%A'],
    ['DELETE', '/api/v1/products/%2F..'],
    ['OPTIONS', '/'],
  ])('hands %s %s to Next', (method, url) => {
    expect(refuseUnroutable(method, url)).toBeNull();
  });
});
