// Input parsed once per call: a value parsed with a schema by a transport (REST route() parses bodies and queries
// for its envelope and before claiming an Idempotency-Key) is marked, and the domain function's own parse with
// the same schema takes it as it is instead of parsing it again. Only code can mark a value (a WeakMap, nothing
// a request can forge); any other input — tRPC's unparsed domainInput, jobs, the portal, the CLI — is parsed.
import type { z } from 'zod';

const parsedBy = new WeakMap<object, z.ZodType>();

/** Marks `value` as the output of `schema.parse` (objects only; it must not be changed afterwards). */
export function markParsed<T>(schema: z.ZodType, value: T): T {
  if (typeof value === 'object' && value !== null) parsedBy.set(value, schema);
  return value;
}

/** Whether `value` is marked as the output of parsing with exactly `schema`. */
export function isParsedBy(schema: z.ZodType, value: unknown): boolean {
  return typeof value === 'object' && value !== null && parsedBy.get(value) === schema;
}

/** `schema.parse(input)`, unless `input` is already that parse's output (marked by markParsed). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  return isParsedBy(schema, input) ? (input as z.output<S>) : schema.parse(input);
}
