// Child process of the multi-process race test (src/server/domain/machines/machines-race.int.test.ts): opens its own database pool, says
// "ready", waits for "go" on stdin, fires N concurrent activations through the REST handler and prints each
// answer's status and error code as JSON. Run with tsx: `tsx activation-race.child.ts <licenseKey> <count> <fingerprintPrefix>`.
import { closeDb, getDb } from '@/server/db.ts';
import { activateMachineRoute } from '@/server/rest/endpoints/machines.ts';
import { waitForParent } from './parent-signal.ts';

const [key = '', countArg = '25', prefix = 'fp'] = process.argv.slice(2);
await getDb();
process.stdout.write('ready\n');
await waitForParent();
const answers = await Promise.all(
  Array.from({ length: Number(countArg) }, async (_, i) => {
    const response = await activateMachineRoute(
      new Request('http://localhost/api/v1/machines', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `License ${key}` },
        body: JSON.stringify({ fingerprint: `${prefix}-${String(i).padStart(4, '0')}` }),
      }),
    );
    const body = (await response.json()) as { code?: string };
    return { status: response.status, code: body.code ?? null };
  }),
);
process.stdout.write(`${JSON.stringify({ answers })}\n`);
await closeDb();
