// GET /api/reference: the interactive API reference — Scalar (bundled, served by ./scalar.js/route.ts) rendering
// /api/openapi.json with its Markdown descriptions, curl and SDK samples (x-codeSamples) and a request client for
// this same origin. A page-specific Content-Security-Policy allows exactly that: scripts from this origin plus the
// one inline configuration (by hash), no other origin for anything.
import { createHash } from 'node:crypto';
import { serveMethods } from '@/server/rest/methods.ts';

/** Scalar options: no web fonts (they would come from Scalar's CDN), the document from this server. */
const CONFIG = JSON.stringify({
  url: '/api/openapi.json',
  withDefaultFonts: false,
  hideClientButton: false,
  telemetry: false,
  defaultOpenAllTags: false,
});
const INIT = `Scalar.createApiReference('#app', ${CONFIG});`;
const initHash = createHash('sha256').update(INIT).digest('base64');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Licentric API reference</title>
<style>body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}</style></head><body>
<noscript>The reference needs JavaScript; the document itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript>
<div id="app"></div>
<script src="/api/reference/scalar.js"></script>
<script>${INIT}</script></body></html>`;

function reference(): Response {
  return new Response(PAGE, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': [
        "default-src 'none'",
        `script-src 'self' 'sha256-${initHash}'`,
        "style-src 'self' 'unsafe-inline'", // Scalar injects its stylesheet and sets style attributes
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'", // the document, and the request client's calls to this API
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
      'Cache-Control': 'no-cache',
    },
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: reference });
