// Child process of the multi-process heartbeat test (src/server/domain/machines/machines-race.int.test.ts): opens
// its own database pool, says "ready", waits for "go" on stdin, sends `rounds` heartbeats to each machine, all at
// once and in a shuffled order, through the REST handler, and prints the answers' statuses as JSON.
// Run with tsx: `tsx heartbeat-burst.child.ts <licenseKey> <machineId,machineId,…> <rounds>`.
import { closeDb, getDb } from '@/server/db.ts';
import { heartbeatMachineRoute } from '@/server/rest/endpoints/machines.ts';
import { waitForParent } from './parent-signal.ts';

const [key = '', machineList = '', roundsArg = '1'] = process.argv.slice(2);
const targets = Array.from({ length: Number(roundsArg) }, () => machineList.split(',')).flat();
for (let i = targets.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  [targets[i], targets[j]] = [targets[j] as string, targets[i] as string];
}
await getDb();
process.stdout.write('ready\n');
await waitForParent();
const statuses = await Promise.all(
  targets.map(async (id) => {
    const response = await heartbeatMachineRoute(
      new Request(`http://localhost/api/v1/machines/${id}/heartbeat`, {
        method: 'POST',
        headers: { authorization: `License ${key}` },
      }),
    );
    await response.arrayBuffer();
    return response.status;
  }),
);
process.stdout.write(`${JSON.stringify({ statuses })}\n`);
await closeDb();
