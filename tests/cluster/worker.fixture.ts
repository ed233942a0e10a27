// A stand-in for server.ts under the cluster primary (src/server/cluster.test.ts): a node:http server on PORT that
// names its process, answers /slow after 600 ms, dies on /crash, and drains on SIGTERM like server.ts.
import http from 'node:http';

const server = http.createServer((req, res) => {
  const answer = () =>
    res.writeHead(200, { 'content-type': 'application/json', connection: 'close' }).end(
      JSON.stringify({
        pid: process.pid,
        index: process.env.LICENTRIC_WORKER_INDEX,
        jobs: process.env.JOBS_IN_PROCESS ?? null,
      }),
    );
  if (req.url === '/crash') process.exit(3);
  if (req.url === '/slow') setTimeout(answer, 600);
  else answer();
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
});
