// Identifier formats: request ids (ULID), event ids (`evt_` + ULID), UUID checks.
import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';

// CSPRNG bytes drawn 4 KiB at a time: ulid() would otherwise detect the PRNG and draw 16 single bytes per id
let pool = Buffer.alloc(0);
let offset = 0;
function prng(): number {
  if (offset >= pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  return (pool[offset++] ?? 0) / 256;
}

export const newRequestId = (): string => ulid(undefined, prng);
export const newEventId = (): string => `evt_${ulid(undefined, prng)}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
