// A database that cannot be reached answers 503 SERVICE_UNAVAILABLE in the envelope, never 500: the errors pg and
// Prisma's pg adapter really throw when nothing listens on the port (a stopped PostgreSQL), put through toAppError.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client.ts';
import { PG_POOL_OPTIONS } from '@/server/db.ts';
import { toAppError } from './responses.ts';
import { freePort } from '../../../tests/free-port.ts';

/** A port nothing listens on (taken, then released). */
const closedPort = freePort;

async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('toAppError on an unreachable database', () => {
  it('a pg pool query (the validate-key fast path) is a 503', async () => {
    const url = `postgresql://postgres@127.0.0.1:${await closedPort()}/none`;
    const pool = new pg.Pool({ connectionString: url, ...PG_POOL_OPTIONS });
    const error = await thrown(() => pool.query('SELECT 1'));
    await pool.end();
    expect(toAppError(error, 'req_test')).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });

  it('a Prisma query through the pg adapter is a 503', async () => {
    const url = `postgresql://postgres@127.0.0.1:${await closedPort()}/none`;
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, ...PG_POOL_OPTIONS }) });
    const error = await thrown(() => client.account.count());
    await client.$disconnect();
    expect(toAppError(error, 'req_test')).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });

  it('other errors stay 500', () => {
    expect(toAppError(new Error('boom'), 'req_test')).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
  });
});
