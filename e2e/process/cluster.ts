// A PostgreSQL cluster of a spec's own (initdb + pg_ctl in a temporary folder, on a free port) that the spec may
// stop and start at will; never the machine's shared server. PostgreSQL refuses to run as root, so under root
// (CI) the cluster belongs to the `postgres` system user. Null when the binaries or that user are missing.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../tests/free-port.ts';

export interface Cluster {
  /** URL of the cluster's `postgres` database (an admin connection for postgresTarget). */
  url: string;
  start: () => void;
  stop: () => void;
  dispose: () => void;
}

function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((name) => fs.existsSync(path.join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

/** uid/gid to run PostgreSQL as: ourselves, or `postgres` when we are root. */
function owner(): { uid: number; gid: number } | null {
  const uid = process.getuid?.() ?? -1;
  if (uid !== 0) return { uid, gid: process.getgid?.() ?? -1 };
  try {
    const ids = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: ids('-u'), gid: ids('-g') };
  } catch {
    return null;
  }
}

export async function createCluster(): Promise<Cluster | null> {
  const bin = postgresBin();
  const user = owner();
  if (!bin || !user) return null;
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-pg-'));
  fs.chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const run = (tool: string, args: string[]) => {
    const result = spawnSync(path.join(bin, tool), args, {
      ...user,
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LANG: 'C.UTF-8', PGDATA: data },
    });
    if (result.status !== 0)
      throw new Error(`${tool} failed (${result.status ?? result.signal}): ${result.stdout}${result.stderr}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const cluster: Cluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']),
    stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    dispose: () => {
      spawnSync(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], {
        ...user,
        cwd: dir,
      });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
