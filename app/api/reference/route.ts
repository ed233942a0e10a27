// GET /api/reference: a self-contained, searchable HTML reference rendered on the server from the OpenAPI document
// (no CDN, no external assets): every operation with method, path, auth and scopes, parameters, request and
// response schemas, and error codes.
import { createHash } from 'node:crypto';
import { buildOpenApiDocument } from '@/server/rest/openapi.ts';
import { serveMethods } from '@/server/rest/methods.ts';

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
}
interface Document {
  info: { title: string; version: string; description?: string };
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, Operation>>;
}

const escape = (value: unknown): string =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A one-line type: `string (uuid)`, `integer 1–100`, `"a" | "b"`, `array of …`, `any JSON`. */
function typeOf(schema: Schema): string {
  if (typeof schema.$ref === 'string')
    return schema.$ref.endsWith('/JsonValue') ? 'any JSON' : schema.$ref.split('/').pop()!;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union) return union.map(typeOf).join(' | ');
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : [typeof schema.type === 'string' ? schema.type : 'any'];
  const parts = types.map((t) =>
    t === 'array' && schema.items ? `array of ${typeOf(schema.items as Schema)}` : t,
  );
  const limits: string[] = [];
  const text = (value: unknown): string =>
    value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (schema.format) limits.push(text(schema.format));
  const min = schema.minimum ?? schema.minLength ?? schema.minItems;
  const max = schema.maximum ?? schema.maxLength ?? schema.maxItems;
  if (min !== undefined || max !== undefined) limits.push(`${text(min)}–${text(max)}`);
  if (schema.pattern && !schema.format) limits.push(`pattern ${text(schema.pattern)}`); // a format says it better
  if (schema.default !== undefined) limits.push(`default ${JSON.stringify(schema.default)}`);
  return `${parts.join(' | ')}${limits.length ? ` (${limits.join(', ')})` : ''}`;
}

/** Object fields as a nested list (two levels deep is enough to read a resource). */
function fields(schema: Schema | undefined, depth = 0): string {
  if (!schema) return '';
  const items = schema.type === 'array' && schema.items ? (schema.items as Schema) : schema;
  const properties = items.properties as Record<string, Schema> | undefined;
  if (!properties || depth > 2) return '';
  const required = new Set((items.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties).map(
    ([name, property]) =>
      `<li><code>${escape(name)}</code>${required.has(name) ? ' <b>required</b>' : ''} <span class="t">${escape(typeOf(property))}</span>` +
      `${property.description ? ` — ${escape(property.description)}` : ''}${fields(property, depth + 1)}</li>`,
  );
  return `<ul>${rows.join('')}</ul>`;
}

function auth(op: Operation): string {
  const schemes = (op.security ?? []).map((requirement) => {
    const [name, scopes] = Object.entries(requirement)[0] ?? [];
    if (!name) return 'none (public)';
    if (name === 'licenseKey') return '<code>License &lt;license key&gt;</code>';
    return `<code>Bearer &lt;API key&gt;</code>${scopes?.length ? ` with ${scopes.map((s) => `<code>${escape(s)}</code>`).join(', ')}` : ' (any key)'}`;
  });
  return schemes.join(' or ');
}

function renderOperation(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${escape(typeOf(p.schema ?? {}))}${p.description ? ` — ${escape(p.description)}` : ''}</td></tr>`,
    )
    .join('');
  const body = op.requestBody?.content['application/json']?.schema;
  const responses = Object.entries(op.responses)
    .map(([status, response]) => {
      const schema = response.content?.['application/json']?.schema;
      const data = status.startsWith('2')
        ? ((schema?.properties as Record<string, Schema> | undefined)?.data ?? undefined)
        : undefined;
      return `<li><b>${escape(status)}</b> ${escape(response.description ?? '')}${data ? fields(data) : ''}</li>`;
    })
    .join('');
  const search = `${method} ${path} ${op.summary ?? ''} ${(op.tags ?? []).join(' ')}`.toLowerCase();
  return `<details class="op" id="${escape(op.operationId)}" data-search="${escape(search)}">
<summary><span class="m ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code> ${escape(op.summary ?? '')}</summary>
${op.description ? `<p>${escape(op.description)}</p>` : ''}<p><b>Auth:</b> ${auth(op)}</p>
${params ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>type</th></tr>${params}</table>` : ''}
${body ? `<h4>Request body (JSON)</h4>${fields(body) || `<p class="t">${escape(typeOf(body))}</p>`}` : ''}
<h4>Responses</h4><ul>${responses}</ul></details>`;
}

const SCRIPT = `const q=document.getElementById('q');q.addEventListener('input',()=>{const v=q.value.toLowerCase().trim();for(const el of document.querySelectorAll('.op')){el.hidden=v!==''&&!el.dataset.search.includes(v);}for(const s of document.querySelectorAll('section')){s.hidden=![...s.querySelectorAll('.op')].some((el)=>!el.hidden);}});`;
const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:980px;padding:1rem 1.5rem;color:#1d2330}
code{font:13px ui-monospace,monospace;background:#f2f4f8;padding:0 .25em;border-radius:3px}#q{width:100%;font-size:16px;padding:.5rem;margin:.5rem 0 1rem}
details.op{border:1px solid #dde2ea;border-radius:6px;margin:.4rem 0;padding:.3rem .7rem}summary{cursor:pointer}
.m{display:inline-block;min-width:4.2em;font:bold 12px ui-monospace,monospace;text-align:center;border-radius:3px;color:#fff;padding:.1em .3em}
.get{background:#2f7d4f}.post{background:#2b5fb4}.patch{background:#a36a00}.delete{background:#b33a3a}
table{border-collapse:collapse}td,th{border-bottom:1px solid #eef0f4;padding:.2rem .6rem;text-align:left;vertical-align:top}.t{color:#5b6475}
ul ul{margin:.1rem 0}h4{margin:.8rem 0 .2rem}`;

function renderReference(doc: Document): string {
  const sections = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const tag = op.tags?.[0] ?? 'Other';
      sections.set(tag, [...(sections.get(tag) ?? []), renderOperation(method, path, op)]);
    }
  }
  const descriptions = new Map((doc.tags ?? []).map((t) => [t.name, t.description ?? '']));
  const body = [...sections.entries()]
    .map(
      ([tag, ops]) =>
        `<section><h2>${escape(tag)}</h2><p class="t">${escape(descriptions.get(tag) ?? '')}</p>${ops.join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)} reference</title><style>${STYLE}</style></head><body>
<h1>${escape(doc.info.title)} <small class="t">v${escape(doc.info.version)}</small></h1>
<p>${escape(doc.info.description ?? '')}</p>
<p>Base path <code>/api/v1</code>. Errors: <code>{ "error", "code", "status", "details"?, "requestId" }</code>. Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. TypeScript SDK: <code>@licentric/sdk</code> (runtime and management clients; <code>docs/sdk.md</code> in the repository).</p>
<input id="q" type="search" placeholder="Search operations (method, path, summary)…" aria-label="Search operations" autofocus>
${body}
<script>${SCRIPT}</script></body></html>`;
}

const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');

function reference(): Response {
  const html = renderReference(buildOpenApiDocument() as unknown as Document);
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'Cache-Control': 'no-cache',
    },
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: reference });
