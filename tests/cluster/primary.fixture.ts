// Runs the cluster primary (src/server/cluster.ts) over tests/cluster/worker.fixture.ts instead of server.ts.
import path from 'node:path';
import { runPrimary } from '@/server/cluster.ts';

runPrimary(path.join(import.meta.dirname, 'worker.fixture.ts'));
