// A free TCP port on 127.0.0.1 (taken, then released), for tests, process specs and the benchmark that start
// servers of their own — or that need a port nothing listens on.
import net from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
