// CSV license import: reads the header, detects (or takes) the column mapping, and feeds each record to the
// import engine as it streams in. The report carries the mapping that was used, so a wizard can show it.
import type { DomainContext } from '@/server/context.ts';
import { AppError } from '@/server/errors.ts';
import { parseCsv } from './csv-stream.ts';
import { detectMapping, recordToItem, type ColumnMapping } from './columns.ts';
import { LicenseImport, type ImportOptions } from './import-licenses.ts';
import type { ImportReport } from './import-report.ts';

interface CsvImportResult extends ImportReport {
  format: 'csv';
  headers: string[];
  mapping: ColumnMapping;
}

/** Imports licenses from CSV text arriving in chunks (see `utf8Chunks` for a byte stream). */
export async function importCsv(
  ctx: DomainContext,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions & { mapping?: ColumnMapping },
): Promise<CsvImportResult> {
  const run = new LicenseImport(ctx, options);
  let headers: string[] | null = null;
  let mapping: ColumnMapping = {};
  for await (const record of parseCsv(chunks)) {
    if (headers === null) {
      headers = record.fields.map((h) => h.trim());
      mapping = detectMapping(headers, options.mapping);
      const unknown = Object.keys(options.mapping ?? {}).filter((h) => !headers?.includes(h));
      if (unknown.length) {
        throw new AppError(
          'VALIDATION_ERROR',
          `The mapping names columns the file does not have: ${unknown.join(', ')}`,
          {
            issues: unknown.map((h) => ({
              path: ['mapping', h],
              message: 'No such column',
              code: 'unrecognized_keys',
            })),
          },
        );
      }
      continue;
    }
    const { item, problems } = recordToItem(headers, mapping, record.line, record.fields);
    if (problems.length) {
      problems.forEach((problem, i) => run.reject(problem, i === 0));
      continue;
    }
    await run.add(item);
  }
  if (headers === null) {
    throw new AppError('VALIDATION_ERROR', 'The file is empty: a header line is required', {
      issues: [{ path: [], message: 'No header line', code: 'too_small' }],
    });
  }
  return { format: 'csv', headers, mapping, ...(await run.finish()) };
}
