// REST: /imports — license imports from CSV (streamed) or Keygen JSON:API documents, with a dry run, and the
// progress and report of an import (docs/migrating.md).
import { z } from 'zod';
import { Reply, route } from '@/server/rest/route.ts';
import { AppError } from '@/server/errors.ts';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { assertSafeInput } from '@/server/input-guard.ts';
import { columnMapping } from '@/server/domain/imports/columns.ts';
import { utf8Chunks } from '@/server/domain/imports/csv-stream.ts';
import { keygenImportInput } from '@/server/domain/imports/keygen-import.ts';
import {
  getImportJob,
  importJobView,
  runImport,
  type ImportSource,
} from '@/server/domain/imports/import-jobs.ts';
import {
  IMPORT_ASYNC_BYTES,
  assertImportCapacity,
  MAX_RUNNING_IMPORTS,
  spoolUpload,
  startBackgroundImport,
  type BackgroundSource,
} from '@/server/domain/imports/background-import.ts';
import { authed } from './authed.ts';

/** Import files (CSV or JSON) are limited to 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const tags = ['Imports'];

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** `mapping` in the query: the column mapping as a JSON object. */
const mappingParam = z
  .string()
  .max(16 * 1024)
  .transform((text, c) => {
    try {
      const value = JSON.parse(text) as unknown;
      assertSafeInput(value, 'query');
      return value;
    } catch (error) {
      if (error instanceof AppError) throw error;
      c.addIssue({ code: 'custom', message: 'mapping must be a JSON object' });
      return z.NEVER;
    }
  })
  .pipe(columnMapping)
  .optional();

export const importQuery = z.strictObject({
  dryRun: flag.describe('true: validate and report, write nothing'),
  suppressWebhooks: flag.describe('true: events are recorded but no webhook is delivered for this import'),
  async: flag.describe(
    `true (or the header \`Prefer: respond-async\`): answer 202 with the running import at once and import in the background; text/csv uploads over ${IMPORT_ASYNC_BYTES} bytes always do`,
  ),
  mapping: mappingParam.describe('CSV column mapping as a JSON object (header → field), for text/csv bodies'),
});

const importBody = z
  .strictObject({
    csv: z.string().optional().describe('The CSV file as text (or send the file itself as text/csv)'),
    mapping: columnMapping.optional(),
    keygen: keygenImportInput
      .optional()
      .describe('Keygen list documents: products, policies, users, licenses, machines'),
    dryRun: z.boolean().optional(),
    suppressWebhooks: z.boolean().optional(),
    async: z.boolean().optional().describe('true: answer 202 at once and import in the background'),
  })
  .refine((b) => (b.csv === undefined) !== (b.keygen === undefined), {
    message: 'Send exactly one of csv and keygen',
    path: ['csv'],
  });

const noBody = () =>
  new AppError('VALIDATION_ERROR', 'The request has no body', {
    issues: [{ path: [], message: 'Empty body', code: 'too_small' }],
  });

export const createImportRoute = route({
  method: 'POST',
  path: '/imports',
  auth: ['apiKey'],
  scopes: ['licenses:write'],
  query: importQuery,
  body: importBody,
  upload: { maxBytes: MAX_IMPORT_BYTES, streamed: ['text/csv'] },
  // the body is streamed: it cannot be fingerprinted before the work; a re-run is safe anyway (idempotent by key)
  idempotent: false,
  status: 201,
  openapi: {
    summary: 'Import licenses (CSV or Keygen), or check an import with a dry run',
    description:
      'Body: the CSV file itself (`Content-Type: text/csv`, streamed, up to 50 MB) or JSON `{ csv }` / `{ keygen: { products, policies, users, licenses, machines } }`. ' +
      'CSV headers are matched case- and punctuation-insensitively (key, product, policy, status, name, user email, user name, expires at, max machines, max uses, entitlements, fingerprints, metadata.*); `mapping` overrides. ' +
      'Additive and idempotent by key: a key already present is skipped. `dryRun=true` writes no license. The answer is the recorded import with its report (rows with errors: row, column, message). ' +
      'Imported licenses emit license.created with the actor `import`; `suppressWebhooks=true` keeps those events off webhooks. ' +
      `Large files run as a background job: with \`async=true\` (or \`Prefer: respond-async\`), and always for text/csv uploads over ${IMPORT_ASYNC_BYTES} bytes (by Content-Length), the file is received whole, then the answer is 202 with the import \`running\`; follow it with GET /imports/{id} (\`processedRows\`, then \`status\` completed or failed with its report). An account runs at most ${MAX_RUNNING_IMPORTS} imports at a time: a background import beyond that is a 409 before the upload is read.`,
    tags,
    response: importJobView,
    errors: ['PAYLOAD_TOO_LARGE', 'CONFLICT'],
    statuses: {
      202: 'The import was accepted and runs in the background (status `running`): poll GET /imports/{id}',
    },
  },
  handler: async ({ ctx, query, body, request }) => {
    const options = {
      dryRun: query.dryRun ?? body.dryRun ?? false,
      suppressWebhooks: query.suppressWebhooks ?? body.suppressWebhooks ?? false,
    };
    const csvUpload = body.keygen === undefined && body.csv === undefined && request.body !== null;
    const declared = Number(request.headers.get('content-length') ?? '0');
    const background =
      (query.async ?? body.async ?? false) ||
      /(^|[,;\s])respond-async($|[,;\s])/i.test(request.headers.get('prefer') ?? '') ||
      (csvUpload && declared > IMPORT_ASYNC_BYTES);
    if (background) {
      await assertImportCapacity(authed(ctx));
      let later: BackgroundSource;
      if (body.keygen) later = { format: 'keygen', documents: body.keygen };
      else if (body.csv !== undefined)
        later = { format: 'csv', file: body.csv, mapping: body.mapping ?? query.mapping };
      else if (request.body)
        later = {
          format: 'csv',
          file: await spoolUpload(request.body, MAX_IMPORT_BYTES),
          mapping: query.mapping,
        };
      else throw noBody();
      return new Reply(202, await startBackgroundImport(authed(ctx), later, options));
    }
    let source: ImportSource;
    if (body.keygen) source = { format: 'keygen', documents: body.keygen };
    else if (body.csv !== undefined)
      source = { format: 'csv', chunks: [body.csv], mapping: body.mapping ?? query.mapping };
    else if (request.body)
      source = { format: 'csv', chunks: utf8Chunks(request.body, MAX_IMPORT_BYTES), mapping: query.mapping };
    else throw noBody();
    return runImport(authed(ctx), source, options);
  },
});

export const getImportRoute = route({
  method: 'GET',
  path: '/imports/{id}',
  auth: ['apiKey'],
  scopes: ['licenses:read'],
  params: idParam,
  openapi: {
    summary: 'Get an import: its progress while it runs, its report when done',
    tags,
    response: importJobView,
  },
  handler: ({ ctx, params }) => getImportJob(authed(ctx), params.id),
});
