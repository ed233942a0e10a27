// Next.js instrumentation: runs once when the server process boots. The Node.js work lives in
// src/server/boot.ts, imported only under the nodejs runtime so the Edge bundle never sees Node APIs.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { bootServer } = await import('@/server/boot.ts');
    bootServer();
  }
}
