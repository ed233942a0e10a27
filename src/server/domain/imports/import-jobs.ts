// Import runs (ImportJob rows): each CSV or Keygen import is recorded with its progress while it runs and its
// report when done, so `GET /imports/{id}` (and the dashboard wizard) can follow a long import and show its result.
import { z } from 'zod';
import { scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { isUuid } from '@/lib/ids.ts';
import { toJsonValue } from '@/server/domain/events/write-event.ts';
import type { ImportJob } from '@/generated/prisma/client.ts';
import { importCsv } from './csv-import.ts';
import { importKeygen, type KeygenImportInput } from './keygen-import.ts';
import type { ColumnMapping } from './columns.ts';
import type { ImportOptions } from './import-licenses.ts';

export const importJobView = z.object({
  id: z.uuid(),
  format: z.enum(['csv', 'keygen']),
  dryRun: z.boolean(),
  status: z.enum(['running', 'completed', 'failed']),
  processedRows: z.number().int().describe('Rows read so far'),
  error: z.string().nullable().describe('Why a failed import stopped (batches written before stay written)'),
  report: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe(
      'When completed: rows, toCreate, created, machinesCreated, skipped, errors (row, column, message), createdIds; CSV adds headers and mapping; Keygen adds products, policies and unmapped',
    ),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobView = z.infer<typeof importJobView>;

function toImportJobView(row: ImportJob): ImportJobView {
  return {
    id: row.id,
    format: row.format as ImportJobView['format'],
    dryRun: row.dryRun,
    status: row.status,
    processedRows: row.processedRows,
    error: row.error,
    report: (row.report as Record<string, unknown> | null) ?? null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export type ImportSource =
  | { format: 'csv'; chunks: AsyncIterable<string> | Iterable<string>; mapping?: ColumnMapping }
  | { format: 'keygen'; documents: KeygenImportInput };

/** Records a new import run (status `running`) before its work starts: its id is what a client polls. */
export async function createImportJob(
  ctx: DomainContext,
  format: ImportSource['format'],
  dryRun: boolean,
): Promise<ImportJob> {
  return ctx.db.importJob.create({
    data: { ...scope(ctx), format, dryRun, actorType: 'import', actorId: ctx.actor.id },
  });
}

/**
 * Runs a recorded import to the end and answers its job. A bad input (4xx) marks the job failed and is thrown
 * again, so the caller answers with the error; batches already written by a real run stay (imports are additive).
 */
export async function executeImport(
  ctx: DomainContext,
  jobId: string,
  source: ImportSource,
  options: Omit<ImportOptions, 'onProgress'>,
): Promise<ImportJobView> {
  const onProgress = async (rows: number) => {
    await ctx.db.importJob.update({ where: { id: jobId }, data: { processedRows: rows } });
  };
  try {
    const report =
      source.format === 'csv'
        ? await importCsv(ctx, source.chunks, { ...options, mapping: source.mapping, onProgress })
        : await importKeygen(ctx, source.documents, { ...options, onProgress });
    return toImportJobView(
      await ctx.db.importJob.update({
        where: { id: jobId },
        data: {
          status: 'completed',
          processedRows: report.rows,
          report: toJsonValue(report),
          finishedAt: new Date(),
        },
      }),
    );
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'The import stopped on an internal error';
    await ctx.db.importJob.update({
      where: { id: jobId },
      data: { status: 'failed', error: message, finishedAt: new Date() },
    });
    throw error;
  }
}

/** Runs one import in the request (small files): records the job, runs it, answers the finished job. */
export async function runImport(
  ctx: DomainContext,
  source: ImportSource,
  options: Omit<ImportOptions, 'onProgress'>,
): Promise<ImportJobView> {
  const job = await createImportJob(ctx, source.format, options.dryRun);
  return executeImport(ctx, job.id, source, options);
}

export { toImportJobView };

export async function getImportJob(ctx: DomainContext, id: string): Promise<ImportJobView> {
  if (!isUuid(id)) throw notFound('Import');
  const row = await ctx.db.importJob.findFirst({ where: { id, ...scope(ctx) } });
  if (!row) throw notFound('Import');
  return toImportJobView(row);
}
