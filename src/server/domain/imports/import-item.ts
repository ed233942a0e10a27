// One import row: the item as read from a CSV record or a Keygen document, its zod schema (the checks of each
// field, problems reported by source column) and the planned row once its product and policy are resolved.
import { z } from 'zod';
import { normalizeEmail } from '@/lib/text-match.ts';
import { textProblem } from '@/server/input-guard.ts';
import { metadataSchema, positiveCount, MAX_INT32 } from '@/server/domain/shared/schemas.ts';
import { fingerprintSchema } from '@/server/domain/machines/machine-activation.ts';
import { PLATFORMS } from '@/server/domain/machines/machine-view.ts';
import { LICENSE_STATUSES } from '@/server/domain/licenses/license-state.ts';
import type { Product } from '@/generated/prisma/client.ts';
import type { ImportProblem } from './import-report.ts';
import type { PolicyWithCodes } from './import-lookups.ts';

export interface ImportMachine {
  fingerprint: string;
  name?: string | null;
  platform?: string | null;
  hostname?: string | null;
  cores?: number | null;
  metadata?: Record<string, unknown>;
}

/** One license to import, as read from a CSV record or a Keygen document (values still unchecked). */
export interface ImportItem {
  /** The CSV line, or the position in the Keygen licenses document (1-based). */
  row: number;
  /** Which source column filled each field, for error reports (absent: the field's own name). */
  columns: Partial<Record<string, string>>;
  key?: string | null;
  /** Product code or id. */
  product?: string;
  /** Policy id, or policy name within the product. */
  policy?: string;
  status?: string | null;
  name?: string | null;
  userEmail?: string | null;
  userName?: string | null;
  /** ISO date-time or date; null = no expiry; absent = the policy's duration. */
  expiresAt?: string | null;
  maxMachinesOverride?: string | number | null;
  maxUsesOverride?: string | number | null;
  uses?: number;
  entitlements: string[];
  metadata: Record<string, unknown>;
  machines: ImportMachine[];
}

const storable = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .superRefine((v, c) => {
      const problem = textProblem(v);
      if (problem) c.addIssue({ code: 'custom', message: problem });
    });
const count = z.union([
  positiveCount,
  z.string().regex(/^\d+$/, 'a whole number').transform(Number).pipe(positiveCount),
]);
const date = z.union(
  [
    z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
    z.iso.date().transform((v) => new Date(`${v}T00:00:00.000Z`)),
  ],
  { error: 'not a date: use an ISO date-time (2030-01-31T00:00:00Z) or YYYY-MM-DD' },
);

export const itemSchema = z.object({
  key: storable(256)
    .regex(/^[\x21-\x7E]{8,256}$/, 'a key has 8–256 printable ASCII characters without spaces')
    .nullish(),
  product: storable(255).min(1, 'required'),
  policy: storable(255).min(1, 'required'),
  status: z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(LICENSE_STATUSES, { message: `one of ${LICENSE_STATUSES.join(', ')}` }))
    .nullish(),
  name: storable(255).nullish(),
  userEmail: storable(320).pipe(z.email('not an email address')).transform(normalizeEmail).nullish(),
  userName: storable(255).nullish(),
  expiresAt: storable(64).pipe(date).nullable().optional(),
  maxMachinesOverride: count.nullish(),
  maxUsesOverride: count.nullish(),
  uses: z.number().int().min(0).max(MAX_INT32).optional(),
  entitlements: z.array(storable(100)).max(100),
  metadata: metadataSchema,
  machines: z
    .array(
      z.object({
        fingerprint: storable(256).pipe(fingerprintSchema),
        name: storable(255).nullish(),
        platform: z.enum(PLATFORMS).nullish().catch(null),
        hostname: storable(255).nullish(),
        cores: z.number().int().min(1).max(4096).nullish(),
        metadata: metadataSchema.optional(),
      }),
    )
    .max(1000),
});
export type CheckedItem = z.infer<typeof itemSchema>;

export function problemsOf(item: ImportItem, error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const column = item.columns[field] ?? (field || null);
    return { row: item.row, column, message: issue.message };
  });
}

/** A row that passed its checks, with what it resolved to. */
export interface Planned {
  item: ImportItem;
  data: CheckedItem;
  product: Product;
  policy: PolicyWithCodes;
  entitlementIds: string[];
  entitlementCodes: string[];
  keyHash: string | null;
}
