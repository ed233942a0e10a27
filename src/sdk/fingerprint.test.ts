// fingerprint() per OS (through fake system seams) and on this machine: stable, salted, never the raw id.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, machineId, type FingerprintOptions } from './fingerprint.ts';

type System = NonNullable<FingerprintOptions['system']>;

const base: System = {
  hostname: () => 'build-host',
  macs: () => ['aa:bb:cc:dd:ee:ff'],
  arch: () => 'x64',
  readFile: () => Promise.reject(new Error('ENOENT')),
  run: () => Promise.reject(new Error('not found')),
};

const IOREG = `+-o Mac  <class IOPlatformExpertDevice, id 0x100000110>
    {
      "IOPlatformSerialNumber" = "C02XXXXX"
      "IOPlatformUUID" = "5F3B1C2A-9D8E-4F70-A1B2-C3D4E5F60718"
    }`;
const REG = `
HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography
    MachineGuid    REG_SZ    0f8fad5b-d9cb-469f-a165-70867728950e
`;

describe('machineId', () => {
  it('reads /etc/machine-id on Linux, then /var/lib/dbus/machine-id', async () => {
    const files: Record<string, string> = { '/var/lib/dbus/machine-id': 'dbus-id\n' };
    const system = {
      ...base,
      platform: 'linux' as const,
      readFile: (p: string) => Promise.resolve(files[p] ?? ''),
    };
    expect(await machineId({ system })).toEqual({ id: 'dbus-id', source: 'machine-id' });
    files['/etc/machine-id'] = '4c4c4544003957108052b4c04f384833\n';
    expect(await machineId({ system })).toEqual({
      id: '4c4c4544003957108052b4c04f384833',
      source: 'machine-id',
    });
  });

  it('reads IOPlatformUUID from ioreg on macOS', async () => {
    const calls: string[] = [];
    const system = {
      ...base,
      platform: 'darwin' as const,
      run: (command: string, args: string[]) => (
        calls.push([command, ...args].join(' ')),
        Promise.resolve(IOREG)
      ),
    };
    expect(await machineId({ system })).toEqual({
      id: '5F3B1C2A-9D8E-4F70-A1B2-C3D4E5F60718',
      source: 'ioreg',
    });
    expect(calls).toEqual(['ioreg -rd1 -c IOPlatformExpertDevice']);
  });

  it('reads MachineGuid from the registry on Windows', async () => {
    const system = { ...base, platform: 'win32' as const, run: () => Promise.resolve(REG) };
    expect(await machineId({ system })).toEqual({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      source: 'registry',
    });
  });

  it('falls back to hostname, platform, architecture and MAC when the OS has no id', async () => {
    for (const platform of ['linux', 'darwin', 'win32', 'freebsd'] as const) {
      expect(await machineId({ system: { ...base, platform } })).toEqual({
        id: `build-host|${platform}|x64|aa:bb:cc:dd:ee:ff`,
        source: 'fallback',
      });
    }
  });
});

describe('fingerprint', () => {
  const system = { ...base, platform: 'win32' as const, run: () => Promise.resolve(REG) };

  it('is HMAC-SHA256(salt, machine id) in hex, stable across calls', async () => {
    const expected = createHmac('sha256', 'my-app')
      .update('0f8fad5b-d9cb-469f-a165-70867728950e')
      .digest('hex');
    expect(await fingerprint({ salt: 'my-app', system })).toBe(expected);
    expect(await fingerprint({ salt: 'my-app', system })).toBe(expected);
  });

  it('differs per salt and never contains the raw id', async () => {
    const a = await fingerprint({ salt: 'vendor-a', system });
    const b = await fingerprint({ salt: 'vendor-b', system });
    expect(a).not.toBe(b);
    expect(a).not.toContain('0f8fad5b');
    expect(await fingerprint({ system })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('works on this machine, within the 8–256 characters the API accepts', async () => {
    const value = await fingerprint();
    expect(value).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint()).toBe(value);
  });
});
