// Request and event ids: ULID format, time-ordered prefix, no repeats.
import { describe, expect, it } from 'vitest';
import { decodeTime } from 'ulid';
import { isUuid, newEventId, newRequestId } from './ids.ts';

describe('ids', () => {
  it('are ULIDs of the current time and never repeat', () => {
    const before = Date.now();
    const ids = Array.from({ length: 20_000 }, () => newRequestId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(decodeTime(ids[0]!)).toBeGreaterThanOrEqual(before);
    expect(decodeTime(ids[0]!)).toBeLessThanOrEqual(Date.now());
  });

  it('spreads the random part over the whole alphabet', () => {
    const chars = new Set(Array.from({ length: 2000 }, () => newRequestId().slice(10)).join(''));
    expect(chars.size).toBe(32);
  });

  it('prefixes event ids and recognises UUIDs', () => {
    expect(newEventId()).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(isUuid('0b5c4a52-3f8e-4c1e-9a3b-2f6d9e8c7a10')).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
  });
});
