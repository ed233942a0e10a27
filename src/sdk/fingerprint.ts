// Machine fingerprints for the runtime client: the OS machine id (Linux, macOS, Windows), salted and hashed.
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';

/** Where the raw id came from; `fallback` is the hostname + MAC + platform mix used when the OS has no id. */
export type MachineIdSource = 'machine-id' | 'ioreg' | 'registry' | 'fallback';

/** The OS seams `fingerprint()` reads through; tests replace them. */
export interface FingerprintSystem {
  platform: NodeJS.Platform;
  readFile(path: string): Promise<string>;
  run(command: string, args: string[]): Promise<string>;
  hostname(): string;
  macs(): string[];
  arch(): string;
}

export interface FingerprintOptions {
  /**
   * Mixed into the hash so that the fingerprint is specific to your app: two vendors on one computer see
   * different values, and the raw OS id never leaves the machine. Keep it constant across releases.
   */
  salt?: string;
  /** @internal For tests. */
  system?: Partial<FingerprintSystem>;
}

const execFileAsync = promisify(execFile);
const DEFAULT_SALT = 'licentric';
const LINUX_ID_FILES = ['/etc/machine-id', '/var/lib/dbus/machine-id'];

const defaultSystem: FingerprintSystem = {
  platform: process.platform,
  readFile: (path) => readFile(path, 'utf8'),
  run: async (command, args) =>
    (await execFileAsync(command, args, { timeout: 5000, windowsHide: true, encoding: 'utf8' })).stdout,
  hostname: () => os.hostname(),
  macs: () =>
    Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal && i.mac !== '00:00:00:00:00:00')
      .map((i) => i?.mac ?? '')
      .sort(),
  arch: () => os.arch(),
};

async function firstReadable(system: FingerprintSystem, paths: string[]): Promise<string | null> {
  for (const path of paths) {
    const id = await system.readFile(path).then(
      (text) => text.trim(),
      () => '',
    );
    if (id) return id;
  }
  return null;
}

async function matchOutput(
  system: FingerprintSystem,
  command: string,
  args: string[],
  pattern: RegExp,
): Promise<string | null> {
  const output = await system.run(command, args).catch(() => '');
  return pattern.exec(output)?.[1]?.trim() || null;
}

/** The raw OS machine id and where it came from (never sent anywhere: `fingerprint()` hashes it). */
export async function machineId(
  options: Pick<FingerprintOptions, 'system'> = {},
): Promise<{ id: string; source: MachineIdSource }> {
  const system = { ...defaultSystem, ...options.system };
  let id: string | null = null;
  let source: MachineIdSource = 'fallback';
  if (system.platform === 'linux') {
    [id, source] = [await firstReadable(system, LINUX_ID_FILES), 'machine-id'];
  } else if (system.platform === 'darwin') {
    [id, source] = [
      await matchOutput(
        system,
        'ioreg',
        ['-rd1', '-c', 'IOPlatformExpertDevice'],
        /"IOPlatformUUID"\s*=\s*"([^"]+)"/,
      ),
      'ioreg',
    ];
  } else if (system.platform === 'win32') {
    [id, source] = [
      await matchOutput(
        system,
        'reg',
        ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'],
        /MachineGuid\s+REG_SZ\s+(\S+)/,
      ),
      'registry',
    ];
  }
  if (id) return { id, source };
  const fallback = [system.hostname(), system.platform, system.arch(), system.macs()[0] ?? ''].join('|');
  return { id: fallback, source: 'fallback' };
}

/**
 * A stable, salted id of this computer: HMAC-SHA256(salt, OS machine id), 64 hex characters. The OS id is
 * `/etc/machine-id` (or `/var/lib/dbus/machine-id`) on Linux, `IOPlatformUUID` (ioreg) on macOS and
 * `MachineGuid` (registry) on Windows; without one (containers without a machine id, other systems) it falls
 * back to hostname, platform, architecture and the first MAC address, which changes when those do.
 */
export async function fingerprint(options: FingerprintOptions = {}): Promise<string> {
  const { id } = await machineId(options);
  return createHmac('sha256', options.salt ?? DEFAULT_SALT)
    .update(id)
    .digest('hex');
}
