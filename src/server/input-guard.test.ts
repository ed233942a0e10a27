// The input guard: NUL and unpaired surrogates in values and keys, over-deep nesting (iteratively, so 100,000
// levels cannot overflow the stack), reserved keys, the reported path, and values it leaves alone.
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { MAX_INPUT_DEPTH, assertSafeInput, findUnsafeInput, textProblem } from './input-guard.ts';

const nested = (levels: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('textProblem', () => {
  it.each([
    ['a\u0000b', /NUL/],
    ['\ud800', /U\+D800/],
    ['x\udfffy', /U\+DFFF/],
    ['\udc00\ud800', /U\+DC00/],
    ['ok\ud83d', /U\+D83D/],
  ])('rejects %j', (text, message) => {
    expect(textProblem(text)).toMatch(message);
  });

  it.each(['', 'plain', 'émoji 😀 ok', '\u0001\u001f\u007f tabs\tand\nnewlines', '\ufffd', '\uffff'])(
    'accepts %j',
    (text) => {
      expect(textProblem(text)).toBeNull();
    },
  );
});

describe('findUnsafeInput', () => {
  it('names the path of a bad value, a bad key, and the first one in document order', () => {
    expect(findUnsafeInput({ a: [1, 'x\u0000'] })?.path).toEqual(['a', 1]);
    expect(findUnsafeInput({ meta: { 'k\ud800': 1 } })).toMatchObject({
      path: ['meta', 'k\ud800'],
      code: 'invalid_text',
    });
    expect(findUnsafeInput({ first: '\u0000', second: '\u0000' })?.path).toEqual(['first']);
    expect(findUnsafeInput('\u0000', ['query', 'q'])?.path).toEqual(['query', 'q']);
  });

  it(`accepts ${MAX_INPUT_DEPTH} levels of nesting and rejects one more, with the path where it happens`, () => {
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH))).toBeNull();
    const issue = findUnsafeInput(nested(MAX_INPUT_DEPTH + 1));
    expect(issue?.code).toBe('too_deep');
    expect(issue?.path).toHaveLength(MAX_INPUT_DEPTH);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(findUnsafeInput(deep)?.code).toBe('too_deep');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the object key %s at any depth', (key) => {
    const value = JSON.parse(`{"metadata":{"a":[{"${key}":{"x":1}}]}}`) as unknown;
    expect(findUnsafeInput(value)).toMatchObject({ path: ['metadata', 'a', 0, key], code: 'reserved_key' });
    expect(findUnsafeInput({ note: key })).toBeNull(); // as a value it is just text
  });

  it('leaves numbers, booleans, null, dates and buffers alone', () => {
    expect(findUnsafeInput({ n: 1, b: true, z: null, d: new Date(), buf: Buffer.from([0]) })).toBeNull();
  });
});

describe('assertSafeInput', () => {
  it('throws VALIDATION_ERROR with the issue in details', () => {
    const error = (() => {
      try {
        assertSafeInput({ q: 'a\u0000' }, 'query');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'VALIDATION_ERROR',
      message: expect.stringMatching(/^Invalid query: /),
      details: { issues: [{ path: ['query', 'q'], code: 'invalid_text' }] },
    });
  });
});
