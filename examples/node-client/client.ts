// Example app on @licentric/sdk: validate (activating on first run), heartbeats, and the offline grace cache.
// Run it with tsx and the variables of README.md next to this file.
import { LicentricClient, type PublicKeyInput } from '@licentric/sdk';

const env = process.env;
const licentric = new LicentricClient({
  baseUrl: env.LICENTRIC_URL ?? 'http://localhost:3000',
  licenseKey: env.LICENTRIC_LICENSE_KEY ?? '',
  publicKeys: JSON.parse(env.LICENTRIC_PUBLIC_KEYS ?? '[]') as PublicKeyInput[], // embedded in the app: GET /api/v1/signing-keys
  fingerprint: env.LICENTRIC_FINGERPRINT, // default: the salted OS machine id
  offlineCache: { path: env.LICENTRIC_CACHE ?? 'licentric-cache.json', gracePeriodSeconds: 7 * 86400 },
});

const result = await licentric.validate({ activate: { name: 'Example client' } });
if (!result.valid) {
  console.error(`Not licensed here: ${result.code} — ${result.detail}`);
  process.exit(1);
}
const offline = result.source === 'cache' ? `, offline until ${result.graceEndsAt}` : '';
console.log(`Licensed (${result.source}${offline}): [${result.entitlements.join(', ')}]`);

if (result.source === 'server') {
  const beats = Number(env.LICENTRIC_HEARTBEATS ?? 'Infinity'); // a real app keeps beating while it runs
  let sent = 0;
  const heartbeats = licentric.startHeartbeats({
    intervalMs: env.LICENTRIC_HEARTBEAT_INTERVAL_MS ? Number(env.LICENTRIC_HEARTBEAT_INTERVAL_MS) : undefined,
    keepAlive: true,
    onHeartbeat: (machine) => {
      console.log(`Heartbeat ${++sent}: ${machine.heartbeatStatus}`);
      if (sent >= beats) heartbeats.stop();
    },
    onError: (error) => console.error(`Heartbeat failed: ${String(error)}`),
  });
}
