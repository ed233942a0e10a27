// toAppError: which thrown values become which public errors.
import { describe, expect, it } from 'vitest';
import { AppError } from '@/server/errors.ts';
import { toAppError } from './responses.ts';

describe('toAppError', () => {
  it('keeps an AppError and maps Prisma codes: unique → 409, missing → 404, no transaction in time → 503', () => {
    const own = new AppError('FORBIDDEN', 'no');
    expect(toAppError(own, 'r')).toBe(own);
    expect(toAppError({ code: 'P2002' }, 'r').status).toBe(409);
    expect(toAppError({ code: 'P2025' }, 'r').status).toBe(404);
    // a transaction that could not start in time (pool exhausted under load) is a retryable 503, not a 500
    expect(toAppError({ code: 'P2028' }, 'r')).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });
});
