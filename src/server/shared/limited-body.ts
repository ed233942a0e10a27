// Reading a request body up to a bound, never buffered whole: shared by the REST pipeline (imported by the
// production server before Next has started, so no Next module may be imported here) and the web guard.
import { AppError } from '@/server/errors.ts';

/** PAYLOAD_TOO_LARGE for a body over `maxBytes` (also the Node mount's reader, src/server/rest/route-node.ts). */
export const tooLarge = (maxBytes: number): AppError =>
  new AppError('PAYLOAD_TOO_LARGE', `Request bodies are limited to ${maxBytes} bytes`);

/** The body's bytes, at most `maxBytes` (a larger Content-Length is refused before reading anything). */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
