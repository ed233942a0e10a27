// Streaming CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF): yields one record at a time from a
// byte stream, so an import never holds the whole file; bounded by a total byte budget and a per-record size.
import { AppError } from '@/server/errors.ts';

interface CsvRecord {
  /** 1-based line number of the record's first line in the file (the header is line 1). */
  line: number;
  fields: string[];
}

/** One record may not exceed this many characters (a runaway quote would otherwise swallow the file). */
const MAX_RECORD_CHARS = 256 * 1024;

/** Byte chunks of a stream, failing with 413 once `maxBytes` is passed. */
export async function* boundedChunks(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new AppError('PAYLOAD_TOO_LARGE', `Import files are limited to ${maxBytes} bytes`);
      }
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Text chunks of a byte stream: strict UTF-8 (400 on malformed bytes), a leading byte order mark dropped. */
export async function* utf8Chunks(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of boundedChunks(stream, maxBytes)) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) {
      throw new AppError('VALIDATION_ERROR', 'The file is not valid UTF-8', {
        issues: [{ path: [], message: 'Malformed UTF-8', code: 'invalid_encoding' }],
      });
    }
    throw error;
  }
}

/** Records of CSV text arriving in chunks. Blank lines are skipped. */
export async function* parseCsv(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // just closed a quoted field (or saw a quote that may be the first of a doubled pair)
  let line = 1;
  let recordLine = 1;
  let recordChars = 0;
  let pendingCr = false;
  let first = true;

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = (): CsvRecord | null => {
    endField();
    const record = fields.length === 1 && fields[0] === '' ? null : { line: recordLine, fields };
    fields = [];
    recordChars = 0;
    return record;
  };

  for await (let text of chunks) {
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (pendingCr) {
        pendingCr = false;
        if (c === '\n') continue;
      }
      if (++recordChars > MAX_RECORD_CHARS) {
        throw new AppError(
          'VALIDATION_ERROR',
          `Record at line ${recordLine} exceeds ${MAX_RECORD_CHARS} characters`,
          {
            issues: [
              { path: ['line', recordLine], message: 'Record too long (unclosed quote?)', code: 'too_big' },
            ],
          },
        );
      }
      if (quoted) {
        if (c === '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (c === '"') {
        if (afterQuote) {
          // a doubled quote inside a quoted field
          field += '"';
          quoted = true;
          afterQuote = false;
        } else if (field === '') quoted = true;
        else field += c;
        continue;
      }
      afterQuote = false;
      if (c === ',') endField();
      else if (c === '\n' || c === '\r') {
        pendingCr = c === '\r';
        const record = endRecord();
        line++;
        recordLine = line;
        if (record) yield record;
      } else field += c;
    }
  }
  if (quoted) {
    throw new AppError('VALIDATION_ERROR', `Unclosed quoted field starting at line ${recordLine}`, {
      issues: [{ path: ['line', recordLine], message: 'Unclosed quote', code: 'invalid_format' }],
    });
  }
  const record = endRecord();
  if (record) yield record;
}

/** Quotes a value for CSV output when it needs it. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
