// Example Licentric client (run with tsx): validate with a fingerprint, activate when needed, heartbeats, then
// check out a license file and verify it offline — every online answer verified against its signature.
/*
 * Adapt it: keep `verify.ts` (src/sdk) in your app, embed your environment's public keys (GET /api/v1/signing-keys)
 * and replace the console output with your app's behaviour. See README.md next to this file.
 *
 *   LICENTRIC_URL=https://licensing.example.com LICENTRIC_LICENSE_KEY=APP-XXXX-XXXX-XXXX-XXXX \
 *   LICENTRIC_API_KEY=lk_test_… npx tsx examples/node-client/client.ts
 */
import { createHash, randomInt } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyLicenseFile, verifyResponse, type PublicKeyInput } from '../../src/sdk/index.ts';

type Json = Record<string, unknown>;

const settings = {
  url: (process.env.LICENTRIC_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  licenseKey: process.env.LICENTRIC_LICENSE_KEY ?? '',
  /** Only to fetch the public keys for this demo; a shipped app embeds them (LICENTRIC_PUBLIC_KEYS) instead. */
  apiKey: process.env.LICENTRIC_API_KEY ?? '',
  /** JSON array of { kid, publicKey }: the keys as your app would embed them. */
  publicKeys: process.env.LICENTRIC_PUBLIC_KEYS ?? '',
  fingerprint: process.env.LICENTRIC_FINGERPRINT ?? machineFingerprint(),
  heartbeats: Number(process.env.LICENTRIC_HEARTBEATS ?? '3'),
  heartbeatIntervalMs: Number(process.env.LICENTRIC_HEARTBEAT_INTERVAL_MS ?? '1000'),
  licenseFile: process.env.LICENTRIC_LICENSE_FILE ?? path.join(os.tmpdir(), 'licentric-example.lic'),
};

/** A stable, non-reversible id of this computer. Real apps often use an OS machine id instead. */
function machineFingerprint(): string {
  const macs = Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i && !i.internal && i.mac !== '00:00:00:00:00:00')
    .map((i) => i?.mac)
    .sort();
  const source = [os.hostname(), os.platform(), os.arch(), macs[0] ?? ''].join('|');
  return createHash('sha256').update(source).digest('hex');
}

function platform(): string {
  return { darwin: 'macos', win32: 'windows', linux: 'linux' }[process.platform as string] ?? 'other';
}

class ClientError extends Error {}

/** Calls the API and returns the exact body text, the parsed JSON and the response. */
async function request(method: string, route: string, options: { auth?: string; body?: unknown } = {}) {
  const response = await fetch(`${settings.url}/api/v1${route}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.auth ? { authorization: options.auth } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    throw new ClientError(`${method} ${route}: not JSON (HTTP ${response.status})`);
  }
  return { response, text, json };
}

/** Trusts an answer only when its Licentric-Signature verifies (and echoes our nonce, when we sent one). */
function verified(answer: Awaited<ReturnType<typeof request>>, keys: PublicKeyInput[], nonce?: number): Json {
  const header = answer.response.headers.get('licentric-signature');
  const result = verifyResponse(answer.text, header, keys, nonce === undefined ? {} : { nonce });
  if (!result.ok) {
    // Unsigned or forged: treat like a network failure (fall back to the offline license file), never as a verdict.
    throw new ClientError(`Untrusted answer (${result.reason}): ${result.message}`);
  }
  console.log(`  ✓ signature verified (kid ${result.kid})`);
  return (answer.json.data ?? {}) as Json;
}

async function publicKeys(): Promise<PublicKeyInput[]> {
  if (settings.publicKeys) return JSON.parse(settings.publicKeys) as PublicKeyInput[];
  if (!settings.apiKey)
    throw new ClientError('Set LICENTRIC_PUBLIC_KEYS (embedded keys) or LICENTRIC_API_KEY to fetch them');
  const { response, json } = await request('GET', '/signing-keys', { auth: `Bearer ${settings.apiKey}` });
  if (!response.ok) throw new ClientError(`GET /signing-keys: HTTP ${response.status} ${String(json.error)}`);
  const keys = json.data as Array<PublicKeyInput & { active: boolean }>;
  console.log(`Public keys: ${keys.map((k) => `${k.kid}${k.active ? ' (active)' : ''}`).join(', ')}`);
  return keys;
}

async function validate(keys: PublicKeyInput[]): Promise<Json> {
  const nonce = randomInt(2 ** 31);
  const answer = await request('POST', '/licenses/validate-key', {
    body: { key: settings.licenseKey, fingerprint: settings.fingerprint, nonce },
  });
  if (!answer.response.ok)
    throw new ClientError(`validate-key: HTTP ${answer.response.status} ${String(answer.json.error)}`);
  const data = verified(answer, keys, nonce);
  console.log(`Validation: ${String(data.code)} (valid: ${String(data.valid)}) — ${String(data.detail)}`);
  return data;
}

async function activate(keys: PublicKeyInput[]): Promise<Json> {
  const answer = await request('POST', '/machines', {
    auth: `License ${settings.licenseKey}`,
    body: {
      fingerprint: settings.fingerprint,
      name: 'Example client',
      platform: platform(),
      hostname: os.hostname(),
    },
  });
  if (!answer.response.ok)
    throw new ClientError(`Activation failed: HTTP ${answer.response.status} ${String(answer.json.error)}`);
  const machine = verified(answer, keys);
  console.log(`Activated this machine: ${String(machine.id)}`);
  return machine;
}

async function heartbeat(keys: PublicKeyInput[], machineId: string): Promise<Json> {
  const answer = await request('POST', `/machines/${machineId}/heartbeat`, {
    auth: `License ${settings.licenseKey}`,
  });
  if (!answer.response.ok)
    throw new ClientError(`Heartbeat failed: HTTP ${answer.response.status} ${String(answer.json.error)}`);
  return verified(answer, keys);
}

async function heartbeatLoop(keys: PublicKeyInput[], machineId: string): Promise<void> {
  // Bounded for the demo; a real app pings every heartbeatIntervalMinutes (in the background) while it runs.
  for (let i = 1; i <= settings.heartbeats; i++) {
    const machine = await heartbeat(keys, machineId);
    console.log(`Heartbeat ${i}/${settings.heartbeats}: ${String(machine.heartbeatStatus)}`);
    if (i < settings.heartbeats)
      await new Promise((resolve) => setTimeout(resolve, settings.heartbeatIntervalMs));
  }
}

async function checkOut(keys: PublicKeyInput[], licenseId: string): Promise<void> {
  const { response, json } = await request('POST', `/licenses/${licenseId}/checkout`, {
    auth: `License ${settings.licenseKey}`,
    body: { fingerprint: settings.fingerprint },
  });
  if (!response.ok) throw new ClientError(`Checkout failed: HTTP ${response.status} ${String(json.error)}`);
  const { certificate, expiresAt } = json.data as { certificate: string; expiresAt: string };
  fs.writeFileSync(settings.licenseFile, certificate);
  console.log(`Checked out a license file until ${expiresAt}: ${settings.licenseFile}`);

  // Later, offline: read the file back and verify it with the embedded keys only — no network.
  const file = verifyLicenseFile(fs.readFileSync(settings.licenseFile, 'utf8'), keys, {
    fingerprint: settings.fingerprint,
  });
  if (!file.ok) throw new ClientError(`License file rejected (${file.reason}): ${file.message}`);
  console.log(
    `Offline license verified (kid ${file.kid}): status ${file.payload.status}, ` +
      `entitlements [${file.payload.entitlements.join(', ')}], valid until ${file.payload.expiresAt}`,
  );
}

async function main(): Promise<void> {
  if (!settings.licenseKey) throw new ClientError('Set LICENTRIC_LICENSE_KEY');
  console.log(`Licentric at ${settings.url}, fingerprint ${settings.fingerprint.slice(0, 16)}…`);
  const keys = await publicKeys();

  let result = await validate(keys);
  let machine = result.machine as Json | null;
  if (result.code === 'FINGERPRINT_NOT_FOUND') {
    // First run on this computer: take a seat, then ask again.
    machine = await activate(keys);
    result = await validate(keys);
  }
  if (result.code === 'HEARTBEAT_REQUIRED' && typeof machine?.id === 'string') {
    // The policy wants a first ping before the machine counts as alive.
    await heartbeat(keys, machine.id);
    result = await validate(keys);
  }
  if (result.valid !== true) throw new ClientError(`The license is not valid here: ${String(result.code)}`);
  const license = result.license as Json;
  machine = (result.machine as Json | null) ?? machine;
  if (typeof machine?.id === 'string') await heartbeatLoop(keys, machine.id);
  await checkOut(keys, String(license.id));
  console.log('Done.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ClientError ? `Error: ${error.message}` : error);
  process.exitCode = 1;
});
