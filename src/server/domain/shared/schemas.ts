// Zod pieces shared by every resource's input schemas (REST, tRPC and forms use the same ones).
import { z } from 'zod';

function depth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depth));
}

/** `metadata`: a JSON object, ≤ 64 keys, nesting depth ≤ 4, ≤ 16 KiB serialized (API.md §1). */
export const metadataSchema = z
  .record(z.string(), z.json())
  .refine((value) => Object.keys(value).length <= 64, { message: 'metadata may have at most 64 keys' })
  .refine((value) => depth(value) <= 4, { message: 'metadata may nest at most 4 levels deep' })
  .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= 16 * 1024, {
    message: 'metadata may be at most 16 KiB',
  })
  .describe('Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized');

export const idParam = z.strictObject({ id: z.uuid() });

/** The largest value of an INTEGER column; a larger count failed the insert with a 500 (ValueOutOfRange). */
export const MAX_INT32 = 2_147_483_647;

/** A limit stored in an INTEGER column (maxUses, overrides, maxUniqueFingerprints): 1 … MAX_INT32. */
export const positiveCount = z.number().int().min(1).max(MAX_INT32);

/** Whether an id taken from outside (a URL, a form) can name a row at all; a malformed one names nothing. */
export const isUuid = (value: string): boolean => z.uuid().safeParse(value).success;

export const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** Dates to the API's ISO-8601 form (UTC, milliseconds). */
export const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);
