import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { env, resetEnvForTests } from './env.ts';

const saved = { ...process.env };

beforeEach(() => {
  for (const name of Object.keys(process.env)) {
    if (
      /^(DATABASE_|LICENTRIC_|PORT$|HOST$|RATE_LIMIT_|REDIS_URL$|TRUST_PROXY$|JOBS_IN_PROCESS$)/.test(name)
    ) {
      delete process.env[name];
    }
  }
  resetEnvForTests();
});

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe('env()', () => {
  it('applies the documented defaults', () => {
    const e = env();
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.PORT).toBe(3000);
    expect(e.HOST).toBe('0.0.0.0');
    expect(e.RATE_LIMIT_VALIDATION_PER_MIN).toBe(60);
    expect(e.RATE_LIMIT_STORE).toBe('memory');
    expect(e.JOBS_IN_PROCESS).toBe(true);
  });

  it('reports every bad variable in one readable message', () => {
    process.env.PORT = 'eighty';
    process.env.DATABASE_URL = 'mysql://localhost/licentric';
    process.env.LICENTRIC_MASTER_KEY = 'c2hvcnQ=';
    process.env.TRUST_PROXY = 'maybe';
    let message = '';
    try {
      env();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid Licentric configuration:/);
    expect(message).toContain('PORT:');
    expect(message).toContain('DATABASE_URL: must be a postgresql:// URL');
    expect(message).toContain('LICENTRIC_MASTER_KEY: must be 32 random bytes');
    expect(message).toContain('TRUST_PROXY:');
  });

  it('requires REDIS_URL for the redis rate-limit store', () => {
    process.env.RATE_LIMIT_STORE = 'redis';
    expect(() => env()).toThrow('REDIS_URL: required when RATE_LIMIT_STORE=redis');
  });

  it('parses booleans and numbers', () => {
    process.env.TRUST_PROXY = 'yes';
    process.env.RATE_LIMIT_ACTIVATION_PER_MIN = '0';
    process.env.PORT = '8080';
    const e = env();
    expect(e.TRUST_PROXY).toBe(true);
    expect(e.RATE_LIMIT_ACTIVATION_PER_MIN).toBe(0);
    expect(e.PORT).toBe(8080);
  });
});
