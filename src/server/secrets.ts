// Deployment secrets: the master key (encrypts license keys, webhook secrets, signing keys) and the
// session secret. Read from the environment; in embedded mode generated once into the data folder.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { env, isEmbedded } from '@/env.ts';

function fromDataFolder(file: string, variable: string): string {
  if (!isEmbedded())
    throw new Error(`${variable} is required when DATABASE_URL is set (openssl rand -base64 32)`);
  const full = path.resolve(env().LICENTRIC_DATA_DIR, file);
  if (!fs.existsSync(full)) {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    try {
      fs.writeFileSync(full, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fs.readFileSync(full, 'utf8').trim();
}

let masterKeyCache: Buffer | undefined;

export function masterKey(): Buffer {
  masterKeyCache ??= Buffer.from(
    env().LICENTRIC_MASTER_KEY ?? fromDataFolder('master.key', 'LICENTRIC_MASTER_KEY'),
    'base64',
  );
  if (masterKeyCache.length !== 32) throw new Error('LICENTRIC_MASTER_KEY must be 32 bytes, base64-encoded');
  return masterKeyCache;
}

export function authSecret(): string {
  const e = env();
  return e.AUTH_SECRET ?? e.NEXTAUTH_SECRET ?? fromDataFolder('auth-secret', 'AUTH_SECRET');
}
