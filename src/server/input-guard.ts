// The first check on every untrusted value (REST bodies, queries and path ids, tRPC inputs, portal forms), before
// any schema sees it: text must be storable Unicode — no NUL (PostgreSQL refuses it in text and jsonb) and no
// unpaired UTF-16 surrogate (jsonb refuses it, text would silently store U+FFFD) — nesting is bounded, so no
// recursive schema or serializer can overflow the stack, and no object key is `__proto__`, `constructor` or
// `prototype` (prototype-pollution bait, and superjson refuses to send such an object: a stored one turned every
// dashboard list that included it into a 500). One iterative walk; the first problem wins.
import { AppError } from '@/server/errors.ts';

/** Deepest nesting of arrays/objects accepted anywhere (metadata itself allows 4 levels; bodies wrap it). */
export const MAX_INPUT_DEPTH = 32;

type InputPath = Array<string | number>;

interface InputIssue {
  path: InputPath;
  message: string;
  code: 'invalid_text' | 'too_deep' | 'reserved_key';
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or null when it can. */
export function textProblem(text: string): string | null {
  const found = UNSTORABLE.exec(text)?.[0];
  if (found === undefined) return null;
  if (found === '\u0000') return 'Text may not contain the NUL character (U+0000)';
  const hex = found.charCodeAt(0).toString(16).toUpperCase();
  return `Text must be valid Unicode: unpaired surrogate U+${hex}`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The first unstorable string (value or object key) or over-deep container in `value`, or null. */
export function findUnsafeInput(value: unknown, basePath: InputPath = []): InputIssue | null {
  type Item = { value: unknown; path: InputPath; depth: number; key?: string };
  const stack: Item[] = [{ value, path: basePath, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value: current, path, depth } = item;
    const keyProblem = item.key === undefined ? null : textProblem(item.key);
    if (keyProblem) return { path, message: `Invalid key: ${keyProblem}`, code: 'invalid_text' };
    if (item.key !== undefined && RESERVED_KEYS.has(item.key))
      return { path, message: `The key "${item.key}" is reserved`, code: 'reserved_key' };
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { path, message: problem, code: 'invalid_text' };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const isArray = Array.isArray(current);
    if (!isArray && !isPlainObject(current)) continue; // Date, Buffer…: not text, not JSON nesting
    if (depth >= MAX_INPUT_DEPTH) {
      return { path, message: `Nesting deeper than ${MAX_INPUT_DEPTH} levels`, code: 'too_deep' };
    }
    const children: Item[] = isArray
      ? (current as unknown[]).map((child, index) => ({
          value: child,
          path: [...path, index],
          depth: depth + 1,
        }))
      : Object.entries(current).map(([key, child]) => ({
          value: child,
          path: [...path, key],
          depth: depth + 1,
          key,
        }));
    // reversed onto the stack, so the first problem in document order is the one reported
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

/** Throws VALIDATION_ERROR naming the path of the first problem (query paths start with `query`, like zod's). */
export function assertSafeInput(value: unknown, location: 'body' | 'query' | 'input' = 'input'): void {
  const issue = findUnsafeInput(value, location === 'query' ? ['query'] : []);
  if (!issue) return;
  throw new AppError('VALIDATION_ERROR', `Invalid ${location}: ${issue.message}`, { issues: [issue] });
}
