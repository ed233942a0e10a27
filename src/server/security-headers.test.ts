// Security headers: the policy on every answer; HSTS only over HTTPS (base URL, or a trusted proxy's forwarded proto).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import { newScriptNonce, securityHeaders, setDefaultHeaders } from './security-headers.ts';

function settings(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvForTests();
}

afterEach(() => settings({ LICENTRIC_BASE_URL: undefined, TRUST_PROXY: undefined }));

describe('securityHeaders', () => {
  it('always: CSP without framing, nosniff, Referrer-Policy', () => {
    settings({ LICENTRIC_BASE_URL: 'http://localhost:3000' });
    const headers = securityHeaders(undefined);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).toContain("object-src 'none'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('same-origin');
    expect(headers['Strict-Transport-Security']).toBeUndefined();
  });

  it('scripts: only with the answer’s nonce (and what they load); none at all without one; never inline', () => {
    const withNonce = securityHeaders(undefined, 'bm9uY2Utb2YtdGVzdA==')['Content-Security-Policy'] ?? '';
    expect(withNonce).toContain("script-src 'self' 'nonce-bm9uY2Utb2YtdGVzdA==' 'strict-dynamic'");
    expect(securityHeaders(undefined)['Content-Security-Policy']).toContain("script-src 'self';");
    for (const policy of [withNonce, securityHeaders(undefined)['Content-Security-Policy'] ?? ''])
      expect(policy.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe');
    expect(newScriptNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newScriptNonce()).not.toBe(newScriptNonce());
  });

  it('HSTS over HTTPS only; X-Forwarded-Proto counts only behind a trusted proxy', () => {
    settings({ LICENTRIC_BASE_URL: 'http://localhost:3000' });
    expect(securityHeaders('https')['Strict-Transport-Security']).toBeUndefined();
    settings({ LICENTRIC_BASE_URL: 'http://localhost:3000', TRUST_PROXY: 'true' });
    expect(securityHeaders('https')['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
    expect(securityHeaders('http')['Strict-Transport-Security']).toBeUndefined();
    settings({ LICENTRIC_BASE_URL: 'https://licensing.example.com' });
    expect(securityHeaders(undefined)['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
  });
});

describe('setDefaultHeaders', () => {
  it('adds each header when the head is written, unless the handler set its own', async () => {
    const defaults = { 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff' };
    const server = http.createServer((req, res) => {
      setDefaultHeaders(res, defaults);
      if (req.url === '/own') res.setHeader('Content-Security-Policy', "default-src 'none'");
      if (req.url === '/head') res.writeHead(201, { 'Content-Security-Policy': "script-src 'none'" });
      if (req.url === '/implicit') res.write('partial '); // Node writes the head itself
      res.end('done');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const policy = async (path: string) => {
        const answer = await fetch(`${base}${path}`);
        await answer.text();
        return [answer.headers.get('content-security-policy'), answer.headers.get('x-content-type-options')];
      };
      expect(await policy('/plain')).toEqual(["default-src 'self'", 'nosniff']);
      expect(await policy('/own')).toEqual(["default-src 'none'", 'nosniff']);
      expect(await policy('/head')).toEqual(["script-src 'none'", 'nosniff']);
      expect(await policy('/implicit')).toEqual(["default-src 'self'", 'nosniff']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
