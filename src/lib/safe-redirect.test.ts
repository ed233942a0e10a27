// The one redirect-target check: same-origin paths only, whatever the spelling of another origin.
import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect.ts';

const ORIGIN = 'https://licensing.example.com';

describe('safeRedirectPath', () => {
  it('keeps paths on this site, with query and hash', () => {
    expect(safeRedirectPath('/invite/abc?x=1#top')).toBe('/invite/abc?x=1#top');
    expect(safeRedirectPath('/dashboard/licenses')).toBe('/dashboard/licenses');
    expect(safeRedirectPath(`${ORIGIN}/dashboard/products`, '/dashboard', ORIGIN)).toBe(
      '/dashboard/products',
    );
  });

  it.each([
    '/\\evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    '//evil.example',
    '///evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'https://evil.example/dashboard',
    'https:evil.example',
    'javascript:alert(1)',
    'data:text/html,hi',
    'evil.example',
    ' //evil.example',
    '',
    'https://licensing.example.com.evil.example/',
  ])('refuses %j', (target) => {
    expect(safeRedirectPath(target)).toBe('/dashboard');
    expect(safeRedirectPath(target, '/dashboard', ORIGIN)).toBe('/dashboard');
  });

  it('refuses absolute URLs without a known origin and non-strings', () => {
    expect(safeRedirectPath(`${ORIGIN}/dashboard/products`)).toBe('/dashboard');
    expect(safeRedirectPath(undefined, '/portal')).toBe('/portal');
    expect(safeRedirectPath(['//evil.example', '/ok'])).toBe('/dashboard');
  });
});
