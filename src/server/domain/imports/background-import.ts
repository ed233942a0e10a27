// Background imports: an upload spooled to a private temporary file, then imported by the process that received
// it while the client polls the ImportJob (`GET /imports/{id}`, the wizard). Only that process holds the file, so
// no two processes can run the same import; a run cut short by a shutdown (or a crash, via the import-sweep job)
// is marked failed — re-sending the file finishes it, since imports are idempotent by key.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { DomainContext } from '@/server/context.ts';
import type { Db } from '@/server/db.ts';
import { AppError } from '@/server/errors.ts';
import { onShutdown } from '@/server/lifecycle.ts';
import { boundedChunks, utf8Chunks } from './csv-stream.ts';
import type { ColumnMapping } from './columns.ts';
import type { KeygenImportInput } from './keygen-import.ts';
import type { ImportOptions } from './import-licenses.ts';
import { createImportJob, executeImport, toImportJobView, type ImportJobView } from './import-jobs.ts';

/** Streamed uploads larger than this run in the background (the request answers 202 with the job). */
export const IMPORT_ASYNC_BYTES = 4 * 1024 * 1024;
/** A running import whose row has not moved for this long was cut off (its process stopped): the sweep fails it. */
export const STALE_IMPORT_MS = 15 * 60_000;
const INTERRUPTED_MESSAGE =
  'The import was interrupted (the server stopped); re-send the file — rows already imported are skipped';

/** How many imports one account may have running at once; a background start beyond it is a 409. */
export const MAX_RUNNING_IMPORTS = 2;

/**
 * Refuses a background import while the account already runs MAX_RUNNING_IMPORTS (checked before the upload is
 * received, so a burst of uploads cannot fill the disk or the CPU). A soft cap: two starts at the same instant may
 * both pass; a run cut off by a crash stops counting once the import-sweep job fails it.
 */
export async function assertImportCapacity(ctx: DomainContext): Promise<void> {
  const running = await ctx.db.importJob.count({ where: { accountId: ctx.accountId, status: 'running' } });
  if (running >= MAX_RUNNING_IMPORTS) {
    throw new AppError(
      'CONFLICT',
      `This account already runs ${running} imports; at most ${MAX_RUNNING_IMPORTS} run at a time. Retry when one has finished (GET /imports/{id}).`,
    );
  }
}

export interface SpooledFile {
  path: string;
  bytes: number;
}

/** Writes a byte stream to a private temporary file, at most `maxBytes` (413 beyond, the file removed). */
export async function spoolUpload(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<SpooledFile> {
  const file = path.join(os.tmpdir(), `licentric-import-${randomUUID()}.upload`);
  const handle = await fs.promises.open(file, 'wx', 0o600);
  let bytes = 0;
  try {
    for await (const chunk of boundedChunks(stream, maxBytes)) {
      bytes += chunk.byteLength;
      await handle.write(chunk);
    }
    await handle.close();
    return { path: file, bytes };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await discardSpool({ path: file, bytes });
    throw error;
  }
}

async function discardSpool(file: SpooledFile): Promise<void> {
  await fs.promises.rm(file.path, { force: true });
}

/** The spooled file as UTF-8 text chunks (400 on malformed bytes, like a streamed request). */
function spooledText(file: SpooledFile): AsyncGenerator<string> {
  const bytes = Readable.toWeb(fs.createReadStream(file.path)) as unknown as ReadableStream<Uint8Array>;
  return utf8Chunks(bytes, Number.MAX_SAFE_INTEGER);
}

export type BackgroundSource =
  /** `file`: a spooled upload (removed when the run ends), or the CSV text of a JSON body. */
  | { format: 'csv'; file: SpooledFile | string; mapping?: ColumnMapping }
  | { format: 'keygen'; documents: KeygenImportInput };

const holder = globalThis as unknown as {
  __licentricImports?: {
    running: Map<string, { db: DomainContext['db']; done: Promise<void> }>;
    hooked: boolean;
  };
};

function runningImports() {
  holder.__licentricImports ??= { running: new Map(), hooked: false };
  const state = holder.__licentricImports;
  if (!state.hooked) {
    state.hooked = true;
    // registered after the database's hook, so it runs before the database closes (hooks run newest first)
    onShutdown(async () => {
      for (const [id, { db }] of state.running) await markInterrupted(db, id, new Date());
    });
  }
  return state.running;
}

async function markInterrupted(db: DomainContext['db'], id: string, now: Date): Promise<number> {
  const { count } = await db.importJob.updateMany({
    where: { id, status: 'running' },
    data: { status: 'failed', error: INTERRUPTED_MESSAGE, finishedAt: now },
  });
  return count;
}

/**
 * Records the import and starts it in this process without waiting: answers the job (status `running`); the
 * spooled file is removed when the run ends. Failures are recorded on the job (status `failed`, `error`).
 */
export async function startBackgroundImport(
  ctx: DomainContext,
  source: BackgroundSource,
  options: Omit<ImportOptions, 'onProgress'>,
): Promise<ImportJobView> {
  const spooled = source.format === 'csv' && typeof source.file !== 'string' ? source.file : null;
  let job;
  try {
    job = await createImportJob(ctx, source.format, options.dryRun);
  } catch (error) {
    if (spooled) await discardSpool(spooled);
    throw error;
  }
  const running = runningImports();
  const done = executeImport(
    ctx,
    job.id,
    source.format === 'csv'
      ? {
          format: 'csv',
          chunks: typeof source.file === 'string' ? [source.file] : spooledText(source.file),
          mapping: source.mapping,
        }
      : source,
    options,
  )
    .then(
      () => undefined,
      (error: unknown) => {
        // recorded on the job by executeImport; an unexpected one is logged for the operator
        if (!(error instanceof AppError)) console.error('[licentric] import failed:', error);
      },
    )
    .finally(async () => {
      running.delete(job.id);
      if (spooled) await discardSpool(spooled);
    });
  running.set(job.id, { db: ctx.db, done });
  return toImportJobView(job);
}

/** Awaits the background imports of this process (tests). */
export async function settleBackgroundImports(): Promise<void> {
  await Promise.allSettled([...runningImports().values()].map((r) => r.done));
}

/** Fails running imports whose row has not moved for STALE_IMPORT_MS (their process stopped). */
export async function failStaleImports(db: Db, now: Date): Promise<number> {
  const { count } = await db.importJob.updateMany({
    where: { status: 'running', updatedAt: { lt: new Date(now.getTime() - STALE_IMPORT_MS) } },
    data: { status: 'failed', error: INTERRUPTED_MESSAGE, finishedAt: now },
  });
  return count;
}
