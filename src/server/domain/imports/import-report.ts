// The import report: what a run created, skipped and rejected (zod schema and type), its lists capped.
import { z } from 'zod';

/** Report lists (errors, skipped rows) stop growing here; their counts stay exact. */
export const REPORT_LIST_LIMIT = 10_000;

export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export const importReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int().describe('Rows read (header excluded)'),
  toCreate: z.number().int().describe('Rows that are (or, in a dry run, would be) created'),
  created: z.number().int().describe('Licenses created (0 in a dry run)'),
  machinesCreated: z.number().int(),
  skippedCount: z.number().int(),
  errorCount: z.number().int(),
  skipped: z
    .array(z.object({ row: z.number().int(), licenseId: z.string(), message: z.string() }))
    .describe('Rows whose key already exists in this account+environment'),
  errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
  createdIds: z.array(z.string()).describe('Ids of the created licenses, in row order'),
  truncated: z.boolean().describe(`true when skipped or errors were cut at ${REPORT_LIST_LIMIT} entries`),
});
export type ImportReport = z.infer<typeof importReport>;

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    dryRun,
    rows: 0,
    toCreate: 0,
    created: 0,
    machinesCreated: 0,
    skippedCount: 0,
    errorCount: 0,
    skipped: [],
    errors: [],
    createdIds: [],
    truncated: false,
  };
}

export function addError(report: ImportReport, problem: ImportProblem): void {
  report.errorCount++;
  if (report.errors.length < REPORT_LIST_LIMIT) report.errors.push(problem);
  else report.truncated = true;
}
