// GET /api/reference/scalar.js: the Scalar API reference renderer, served from the installed
// @scalar/api-reference package (its self-contained browser build) — the reference page fetches nothing from a CDN.
import fs from 'node:fs/promises';
import path from 'node:path';
import { serveMethods } from '@/server/rest/methods.ts';

const BUNDLE = path.join(process.cwd(), 'node_modules/@scalar/api-reference/dist/browser/standalone.js');
let bundle: Promise<Buffer> | undefined;

async function scalar(): Promise<Response> {
  bundle ??= fs.readFile(BUNDLE);
  return new Response(new Uint8Array(await bundle), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      // the package version is pinned: a deploy changes the file, a day of caching is harmless in between
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: scalar });
