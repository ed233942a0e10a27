// The fuzz suite's hostile values, seeded randomness and the schema-driven mutations shared by every transport
// (REST handlers called directly, REST over HTTP, tRPC through createCaller and over HTTP). Pure: no test runner,
// no database, so Vitest and Playwright both import it.

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness: FUZZ_SEED=<n> replays a run; without it a fresh seed is drawn and printed.

export type Rng = () => number;

/** mulberry32: small, fast, good enough to pick fuzz values reproducibly. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The run's seed: FUZZ_SEED when set (reproduce a failure), else a new one. */
export function fuzzSeed(): number {
  const fixed = Number(process.env.FUZZ_SEED);
  return Number.isInteger(fixed) && process.env.FUZZ_SEED ? fixed : Math.floor(Math.random() * 2 ** 31);
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** `count` distinct items, in their original order. */
export function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(rng() * items.length));
  return items.filter((_item, i) => chosen.has(i));
}

/** Random text from every plane, now and then with a lone surrogate or a NUL in it. */
export function randomText(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const roll = rng();
    if (roll < 0.5) out += String.fromCharCode(0x20 + Math.floor(rng() * 0x5f));
    else if (roll < 0.8) out += String.fromCharCode(0xa0 + Math.floor(rng() * 0xd700));
    else if (roll < 0.97) out += String.fromCodePoint(0x10000 + Math.floor(rng() * 0xfffff));
    else out += pick(rng, ['\u0000', '\ud800', '\udfff', '\u0001', '\ufffe']);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Values. `Raw` is JSON text that no JS value produces (1e400, -0, 30,000 nested brackets that JSON.stringify
// could not even serialize); `toJsonText` splices it in. tRPC (no raw JSON) gets `jsValue(raw)` instead.

export class Raw {
  constructor(
    readonly text: string,
    /** The JS value that reaches a createCaller input instead (JSON.parse of the text by default). */
    readonly js: () => unknown = () => JSON.parse(text) as unknown,
  ) {}
}

export function toJsonText(value: unknown): string {
  const raws: Raw[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (!(v instanceof Raw)) return v;
    raws.push(v);
    return `\u0001raw:${raws.length - 1}\u0001`;
  });
  return raws.reduce((out, raw, i) => out.replace(`"\\u0001raw:${i}\\u0001"`, () => raw.text), text ?? '');
}

/** The value with every Raw replaced by its JS counterpart (for createCaller). */
export function jsValue(value: unknown): unknown {
  if (value instanceof Raw) return value.js();
  if (Array.isArray(value)) return value.map(jsValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsValue(v)]));
  return value;
}

export const containsRaw = (value: unknown): boolean =>
  value instanceof Raw ||
  (Array.isArray(value)
    ? value.some(containsRaw)
    : !!value && typeof value === 'object' && Object.values(value).some(containsRaw));

function nestedJs(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** `levels` nested arrays or objects, as raw text (and the same value for createCaller). */
export const deep = (levels: number, kind: 'array' | 'object'): Raw =>
  new Raw(
    kind === 'array'
      ? `${'['.repeat(levels)}1${']'.repeat(levels)}`
      : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`,
    () => nestedJs(levels, kind),
  );

export interface Labeled<T = unknown> {
  label: string;
  value: T;
}

/** Strings no field may store (must be a 400 wherever they appear in a body, query or tRPC input). */
export const UNSTORABLE_STRINGS: Labeled<string>[] = [
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'lone high surrogate', value: 'x\ud800y' },
  { label: 'lone low surrogate', value: '\udc00' },
  { label: 'reversed surrogate pair', value: '\udc00\ud800' },
];

/** Strings a field may reject or store, but never with a 500. */
export function oddStrings(rng: Rng): Labeled<string>[] {
  return [
    { label: '100 KB string', value: 'x'.repeat(100 * 1024) },
    { label: '60 KB of two-byte text', value: 'é'.repeat(30 * 1024) },
    { label: 'empty', value: '' },
    { label: 'whitespace', value: ' \t\n ' },
    { label: 'control characters', value: '\u0001\u0007\u001b[31m\u007f' },
    { label: 'bidi and zero-width', value: '\u202eabc\u200b\ufeff' },
    { label: 'emoji sequence', value: '👩‍👩‍👧‍👦😀' },
    { label: 'noncharacters', value: '\uffff\ufffe\u{10ffff}' },
    { label: 'SQL', value: `' OR 1=1; DROP TABLE "License"; --` },
    { label: 'LIKE wildcards', value: '%_%\\' },
    { label: 'HTML', value: '<script>alert(1)</script>' },
    { label: 'path traversal', value: '../../../../etc/passwd' },
    { label: 'percent escapes', value: '%00%ff%E0%A4%A' },
    { label: 'template syntax', value: '${jndi:ldap://x}{{7*7}}%s%n' },
    { label: 'number-like', value: '1e400' },
    { label: 'random text', value: randomText(rng, 1 + Math.floor(rng() * 200)) },
  ];
}

const NUMBER_EDGES: Labeled[] = [
  { label: 'zero', value: 0 },
  { label: 'negative', value: -1 },
  { label: 'fraction', value: 1.5 },
  { label: '2^31', value: 2 ** 31 },
  { label: '2^53 + 2', value: 2 ** 53 + 2 },
  { label: '1e308', value: 1e308 },
  { label: '1e400 (Infinity)', value: new Raw('1e400') },
  { label: '-1e400', value: new Raw('-1e400') },
  { label: '-0', value: new Raw('-0') },
  { label: '30 digits', value: new Raw('123456789012345678901234567890') },
  { label: '1e-400', value: new Raw('1e-400') },
];

const DEEP: Labeled[] = [
  { label: '15,000 nested arrays', value: deep(15_000, 'array') },
  { label: '5,000 nested objects', value: deep(5_000, 'object') },
  { label: '33 nested arrays (one over the limit)', value: deep(33, 'array') },
];

/** One value of each JSON type, to put where another type belongs. */
const BY_TYPE: Record<JsonType, unknown> = {
  string: 'a string',
  number: 1.5,
  integer: 7,
  boolean: true,
  null: null,
  array: [1, 'two'],
  object: { nested: true },
};

// ---------------------------------------------------------------------------------------------------------
// Schema-driven mutations over a JSON schema (the OpenAPI document's, or z.toJSONSchema of a tRPC input).

export type JsonSchema = Record<string, unknown>;
type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** The JSON types a schema accepts; null when it accepts anything (a $ref to JsonValue, `{}`). */
export function acceptedTypes(schema: JsonSchema): Set<JsonType> | null {
  if (Array.isArray(schema.enum))
    return new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v) as JsonType));
  const type = schema.type;
  if (typeof type === 'string')
    return new Set(type === 'integer' ? ['integer', 'number'] : [type as JsonType]);
  if (Array.isArray(type)) return new Set(type as JsonType[]);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (!options) return null;
  const all = new Set<JsonType>();
  for (const option of options) {
    const accepted = acceptedTypes(option);
    if (!accepted) return null;
    for (const t of accepted) all.add(t);
  }
  return all;
}

/** Properties of an object schema (after unwrapping a nullable anyOf). */
export function objectShape(schema: JsonSchema): {
  properties: Record<string, JsonSchema>;
  required: string[];
} {
  const direct = schema.properties as Record<string, JsonSchema> | undefined;
  if (direct) return { properties: direct, required: (schema.required as string[] | undefined) ?? [] };
  const object = ((schema.anyOf ?? []) as JsonSchema[]).find((s) => s.properties);
  return object ? objectShape(object) : { properties: {}, required: [] };
}

/**
 * `guard`: the input guard must refuse it wherever it appears (400 / BAD_REQUEST); `schema`: strict parsing must
 * refuse it (400); null: any answer but a 5xx.
 */
export type Rejection = 'guard' | 'schema' | null;

export interface Mutation {
  label: string;
  value: unknown;
  reject: Rejection;
}

/** Values to put in place of one field with this schema (`spread`: this field's share of the per-operation set). */
export function fieldValues(schema: JsonSchema, rng: Rng, spread: Labeled[] = [], extra = 2): Mutation[] {
  const out: Mutation[] = [];
  const accepted = acceptedTypes(schema);
  if (accepted) {
    for (const [type, value] of Object.entries(BY_TYPE) as Array<[JsonType, unknown]>) {
      if (accepted.has(type) || (type === 'integer' && accepted.has('number'))) continue;
      out.push({ label: `wrong type (${type})`, value, reject: 'schema' });
    }
  }
  for (const s of spread)
    out.push({ label: s.label, value: s.value, reject: GUARDED.includes(s) ? 'guard' : null });
  const odd: Labeled[] = oddStrings(rng).filter((o) => o.label !== '100 KB string');
  if (!accepted || accepted.has('number') || accepted.has('integer')) odd.push(...NUMBER_EDGES);
  if (accepted?.has('array')) {
    odd.push(
      { label: '10,000 items', value: Array.from({ length: 10_000 }, (_v, i) => i) },
      { label: 'items of every type', value: Object.values(BY_TYPE) },
      { label: 'NUL item', value: ['ok', '\u0000'] },
    );
  }
  if (accepted?.has('object') || !accepted) {
    odd.push(
      { label: '65 keys', value: Object.fromEntries(Array.from({ length: 65 }, (_v, i) => [`k${i}`, i])) },
      { label: 'five levels', value: { a: { b: { c: { d: { e: 1 } } } } } },
      { label: '17 KB', value: { blob: 'x'.repeat(17 * 1024) } },
      {
        label: '__proto__ key',
        value: JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}'),
      },
      { label: 'NUL key', value: { 'k\u0000': 1 } },
    );
  }
  // random text in every field; of the rest, the seed picks `extra` per field (each run tries others)
  const random = odd.filter((o) => o.label === 'random text');
  for (const o of [
    ...random,
    ...sample(
      rng,
      odd.filter((o) => !random.includes(o)),
      extra,
    ),
  ]) {
    const unstorable = o.label === 'NUL item' || o.label === 'NUL key' || o.label === '__proto__ key';
    out.push({ label: o.label, value: o.value, reject: unstorable ? 'guard' : null });
  }
  return out;
}

/** Values every operation gets at least once (each in a field the seed picks), and every field one of. */
const GUARDED: Labeled[] = [...UNSTORABLE_STRINGS, ...DEEP];
const PER_OPERATION: Labeled[] = [...GUARDED, { label: '100 KB string', value: 'x'.repeat(100 * 1024) }];

/** Whole-body variants of an object input: each field changed once, fields missing, fields added (and the same
 * one level down, for inputs such as tRPC's `{ id, data: { … } }`). */
export function objectMutations(
  schema: JsonSchema,
  base: Record<string, unknown>,
  rng: Rng,
  nested = true,
): Mutation[] {
  const { properties, required } = objectShape(schema);
  const names = Object.keys(properties);
  const spread = new Map(names.map((name) => [name, [] as Labeled[]]));
  if (names.length > 0) {
    for (const value of PER_OPERATION) spread.get(pick(rng, names))!.push(value);
    for (const values of spread.values())
      if (!values.some((v) => GUARDED.includes(v))) values.push(pick(rng, GUARDED));
  }
  const out: Mutation[] = [];
  for (const [name, property] of Object.entries(properties)) {
    for (const m of fieldValues(property, rng, spread.get(name))) {
      out.push({ label: `${name}: ${m.label}`, value: { ...base, [name]: m.value }, reject: m.reject });
    }
  }
  for (const [name, property] of Object.entries(properties)) {
    const inner = base[name];
    if (!nested || Object.keys(objectShape(property).properties).length === 0) continue;
    if (!inner || typeof inner !== 'object' || Array.isArray(inner)) continue;
    for (const m of objectMutations(property, inner as Record<string, unknown>, rng, false)) {
      out.push({ label: `${name}.${m.label}`, value: { ...base, [name]: m.value }, reject: m.reject });
    }
  }
  for (const name of required) {
    const { [name]: _dropped, ...rest } = base;
    out.push({ label: `missing ${name}`, value: rest, reject: 'schema' });
  }
  const strict = schema.additionalProperties === false;
  // unstorable: NUL, lone surrogates and the reserved keys are the input guard's to refuse
  for (const [label, key, unstorable] of [
    ['unknown field', 'unknownField', false],
    ['__proto__ field', '__proto__', true],
    ['constructor field', 'constructor', true],
    ['prototype field', 'prototype', true],
    ['NUL in a field name', 'na\u0000me', true],
    ['lone surrogate field name', '\ud800', true],
    ['50 KB field name', 'k'.repeat(50 * 1024), false],
  ] as const) {
    const value = JSON.parse(`{${JSON.stringify(key)}: 1}`) as Record<string, unknown>;
    out.push({
      label,
      value: { ...base, ...value },
      reject: unstorable ? 'guard' : strict ? 'schema' : null,
    });
  }
  out.push({
    label: 'deep nesting beside the fields',
    value: { ...base, unknownField: deep(15_000, 'array') },
    reject: 'guard',
  });
  return out;
}

/** Whole inputs that are not the object the schema wants. */
export const NOT_AN_OBJECT: Mutation[] = [
  { label: 'array', value: [1, 2], reject: 'schema' },
  { label: 'string', value: 'text', reject: 'schema' },
  { label: 'number', value: 42, reject: 'schema' },
  { label: 'true', value: true, reject: 'schema' },
  { label: 'NUL string', value: '\u0000', reject: 'guard' },
  { label: 'deep arrays', value: deep(15_000, 'array'), reject: 'guard' },
];

/** `n` random bytes, percent-encoded (mostly not UTF-8). */
export const percentBytes = (rng: Rng, n: number): string =>
  Array.from(
    { length: n },
    () =>
      `%${Math.floor(rng() * 256)
        .toString(16)
        .padStart(2, '0')
        .toUpperCase()}`,
  ).join('');

/** Labels of the garbage ids that are well-formed UUIDs: 404 only once the rest of the request is valid. */
export const WELL_FORMED_IDS = new Set(['nil UUID', 'max UUID', 'UUID v1']);

/** Path ids no route can resolve (percent-encoded as sent). */
export function garbageIds(rng: Rng): Labeled<string>[] {
  return [
    { label: 'not a UUID', value: 'not-a-uuid' },
    { label: 'percent NUL', value: '%00' },
    { label: 'truncated UTF-8', value: '%E0%A4%A' },
    { label: 'invalid escape', value: '%ZZ' },
    { label: 'overlong NUL', value: '%C0%80' },
    { label: 'lone surrogate (CESU)', value: '%ED%A0%80' },
    { label: 'nil UUID', value: '00000000-0000-0000-0000-000000000000' },
    { label: 'max UUID', value: 'ffffffff-ffff-ffff-ffff-ffffffffffff' },
    { label: 'UUID v1', value: 'c232ab00-9414-11ec-b3c8-9e6bdeced846' },
    { label: 'UUID with junk', value: `${crypto.randomUUID()}x` },
    { label: 'braced UUID', value: `%7B${crypto.randomUUID()}%7D` },
    { label: 'SQL', value: encodeURIComponent("' OR 1=1--") },
    { label: 'encoded slash', value: '..%2F..%2Fetc' },
    { label: '8 KB', value: 'a'.repeat(8 * 1024) },
    { label: 'random bytes', value: percentBytes(rng, 40) },
  ];
}

/** Query values for one parameter (URL-encoded as sent; some deliberately malformed). */
export function garbageQueryValues(rng: Rng): Labeled<string>[] {
  return [
    { label: 'NUL', value: 'a%00b' },
    { label: 'truncated UTF-8', value: '%E0%A4%A' },
    { label: 'CESU surrogate', value: '%ED%A0%80' },
    { label: 'invalid escape', value: '%ZZ%' },
    { label: 'empty', value: '' },
    { label: 'wrong type', value: 'abc' },
    { label: 'negative', value: '-1' },
    { label: 'huge number', value: '1e400' },
    { label: '100 KB', value: 'q'.repeat(100 * 1024) },
    { label: 'SQL', value: encodeURIComponent("' OR 1=1--") },
    { label: 'LIKE wildcards', value: encodeURIComponent('%_') },
    { label: 'random bytes', value: percentBytes(rng, 30) },
  ];
}

/** Authorization header values that name no credential. */
export function garbageAuthorizations(rng: Rng): Labeled<string>[] {
  return [
    { label: 'Basic', value: 'Basic dXNlcjpwYXNzd29yZA==' },
    { label: 'Bearer without key', value: 'Bearer' },
    { label: 'Bearer and spaces', value: 'Bearer    ' },
    { label: 'License without key', value: 'License' },
    { label: 'unknown API key', value: `Bearer lk_test_${'A'.repeat(40)}` },
    { label: 'API key prefix only', value: 'Bearer lk_live_' },
    { label: 'lower-case scheme', value: 'bearer lk_test_x' },
    { label: 'unknown license key', value: 'License XXXX-XXXX-XXXX-XXXX' },
    { label: '8 KB key', value: `Bearer lk_live_${'z'.repeat(8 * 1024)}` },
    { label: 'Token scheme', value: 'Token abc' },
    { label: 'two credentials', value: 'Bearer a, License b' },
    { label: 'Latin-1 bytes', value: 'License \u00ff\u00fe\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9' },
    { label: 'random', value: `Bearer ${randomText(rng, 30).replace(/[^\u0021-\u007e]/g, 'x')}` },
  ];
}

/** Raw bodies that are not JSON (or not one JSON value), each a 400. */
export const INVALID_JSON: Labeled<string>[] = [
  { label: 'truncated', value: '{"name": ' },
  { label: 'trailing comma', value: '{"a":1,}' },
  { label: 'single quotes', value: "{'a':1}" },
  { label: 'NaN', value: '{"a":NaN}' },
  { label: 'comment', value: '{"a":1 /* c */}' },
  { label: 'two values', value: '{}{}' },
  { label: 'unterminated string', value: '{"a":"' },
  { label: 'bad escape', value: '{"a":"\\x00"}' },
  { label: 'escaped lone surrogate', value: '{"a":"\\ud800"}' },
  { label: 'escaped NUL', value: '{"a":"\\u0000"}' },
];

/** Content types other than JSON on a body (415), and JSON ones with odd parameters. */
export const CONTENT_TYPES: Array<Labeled<string> & { json: boolean }> = [
  { label: 'text/plain', value: 'text/plain', json: false },
  { label: 'form', value: 'application/x-www-form-urlencoded', json: false },
  { label: 'multipart', value: 'multipart/form-data; boundary=x', json: false },
  { label: 'XML', value: 'application/xml', json: false },
  { label: 'jsonp-ish', value: 'application/javascript', json: false },
  { label: 'garbage', value: ';;;=', json: false },
  { label: 'JSON with charset latin1', value: 'application/json; charset=latin1', json: true },
  { label: 'vendor JSON', value: 'application/vnd.api+json', json: true },
];

// ---------------------------------------------------------------------------------------------------------
// Plausible valid inputs from a schema (bases for transports without fixtures: tRPC, REST over HTTP).

/** Ids of real resources by kind (`product`, `license`…), so samples reach past "not found" now and then. */
export type IdPool = Partial<Record<string, string>>;

/** The resource an id field names: `productId` → product, `entitlementIds` → entitlement, `id` → `owner`. */
export function idKind(field: string, owner: string): string {
  if (field === 'id') return owner;
  if (field === 'userId') return 'member';
  return field.replace(/Ids?$/, '');
}

/** A value the schema probably accepts; ids come from the pool by field name. */
export function sampleFromSchema(schema: JsonSchema, ids: IdPool, field = '', owner = ''): unknown {
  if ('default' in schema && schema.default !== undefined && field !== 'metadata') return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options) {
    const option = options.find((o) => o.type !== 'null') ?? options[0] ?? {};
    return sampleFromSchema(option, ids, field, owner);
  }
  const min = (schema.minimum as number | undefined) ?? 1;
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'uuid') return ids[idKind(field, owner)] ?? crypto.randomUUID();
      if (schema.format === 'date-time') return new Date(Date.now() + 30 * 86_400_000).toISOString();
      if (schema.format === 'email') return 'buyer@example.com';
      if (field === 'url') return 'http://127.0.0.1:9/fuzz-hook';
      if (schema.pattern === '^[A-Z]{2,10}$') return 'FUZ';
      const length = Math.max((schema.minLength as number | undefined) ?? 1, 12);
      return `fuzz-${crypto.randomUUID().replace(/-/g, '')}`.slice(0, Math.min(length, 40));
    }
    case 'integer':
    case 'number':
      return Math.max(min, 1);
    case 'boolean':
      return false;
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? {};
      if (field === 'events') return ['*'];
      return [sampleFromSchema(items, ids, field, owner)];
    }
    case 'object': {
      const { properties, required } = objectShape(schema);
      return Object.fromEntries(
        required.map((name) => [name, sampleFromSchema(properties[name] ?? {}, ids, name, owner)]),
      );
    }
    default:
      return {};
  }
}
