// The import wizard's work on the chosen files in the browser: the CSV header line (for the mapping), Keygen list
// documents combined into one body, the upload to POST /api/dashboard/imports, and the rejected rows as a CSV file.
// CSV is read with the server's own streaming parser, so line numbers match the report's rows exactly.
import { csvCell, parseCsv } from '@/server/domain/imports/csv-stream.ts';

/** Text chunks of a file, read as a stream (never whole). */
async function* fileText(file: Blob): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The header line of a CSV file. */
export async function csvHeaders(file: Blob): Promise<string[]> {
  for await (const record of parseCsv(fileText(file))) return record.fields.map((h) => h.trim());
  throw new Error('The file is empty: a header line is required');
}

export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

/** The file's header and the records with errors, each followed by an `error` cell (all its messages). */
export async function rejectedRowsCsv(file: Blob, errors: readonly RowError[]): Promise<string> {
  const byRow = new Map<number, string[]>();
  for (const e of errors) {
    const text = e.column ? `${e.column}: ${e.message}` : e.message;
    byRow.set(e.row, [...(byRow.get(e.row) ?? []), text]);
  }
  const lines: string[] = [];
  let header = true;
  for await (const record of parseCsv(fileText(file))) {
    if (header) {
      lines.push([...record.fields, 'error'].map(csvCell).join(','));
      header = false;
      continue;
    }
    const messages = byRow.get(record.line);
    if (messages) lines.push([...record.fields, messages.join('; ')].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const KEYGEN_TYPES = ['products', 'policies', 'users', 'licenses', 'machines'] as const;
type KeygenType = (typeof KEYGEN_TYPES)[number];
interface ListDocument {
  data: Array<{ type?: unknown }>;
}

/**
 * Keygen list documents (one per file, e.g. `licenses.json`, pages allowed) as one import body; a file may also
 * hold the whole body (`{ products, policies, users, licenses, machines }`). The type of a document is read from
 * its resources' `type`.
 */
export async function keygenBody(files: readonly File[]): Promise<string> {
  const body: Partial<Record<KeygenType, ListDocument[]>> = {};
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch {
      throw new Error(`${file.name} is not JSON`);
    }
    const pages = Array.isArray(value) ? value : [value];
    for (const page of pages as unknown[]) {
      if (typeof page !== 'object' || page === null) throw new Error(`${file.name}: not a Keygen document`);
      const doc = page as Record<string, unknown>;
      if (!Array.isArray(doc.data)) {
        // a whole import body
        for (const type of KEYGEN_TYPES) {
          const part = doc[type] as ListDocument | ListDocument[] | undefined;
          if (part) body[type] = [...(body[type] ?? []), ...(Array.isArray(part) ? part : [part])];
        }
        continue;
      }
      const data = doc.data as Array<{ type?: unknown }>;
      const first = data[0]?.type;
      const type = typeof first === 'string' ? first.toLowerCase() : '';
      const known = KEYGEN_TYPES.find((t) => t === type);
      if (!known) {
        if (data.length === 0) continue;
        throw new Error(`${file.name}: resources of type "${type}" cannot be imported`);
      }
      body[known] = [...(body[known] ?? []), { ...doc, data }];
    }
  }
  return JSON.stringify(body);
}

export interface ImportJob {
  id: string;
  format: 'csv' | 'keygen';
  dryRun: boolean;
  status: 'running' | 'completed' | 'failed';
  processedRows: number;
  error: string | null;
  report: Record<string, unknown> | null;
}

/** Sends the file (CSV) or the combined Keygen body; answers the started import, or throws the server's message. */
export async function uploadImport(
  body: Blob | string,
  contentType: 'text/csv' | 'application/json',
  params: { dryRun: boolean; suppressWebhooks: boolean; mapping?: Record<string, string> },
): Promise<ImportJob> {
  const query = new URLSearchParams({
    dryRun: String(params.dryRun),
    suppressWebhooks: String(params.suppressWebhooks),
  });
  if (params.mapping && Object.keys(params.mapping).length)
    query.set('mapping', JSON.stringify(params.mapping));
  const response = await fetch(`/api/dashboard/imports?${query}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body,
  });
  const answer = (await response.json().catch(() => null)) as {
    data?: ImportJob;
    error?: string;
  } | null;
  if (!response.ok || !answer?.data) {
    throw new Error(answer?.error ?? `The upload failed (HTTP ${response.status})`);
  }
  return answer.data;
}

/** Offers text as a file download. */
export function download(name: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
