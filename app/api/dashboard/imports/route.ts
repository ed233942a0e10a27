// The dashboard import wizard's upload (session-authenticated, same-origin; see src/server/dashboard-imports.ts).
import { currentSession } from '@/server/auth/next-auth.ts';
import { handleDashboardImport } from '@/server/dashboard-imports.ts';
import { serveMethods } from '@/server/rest/methods.ts';

export const dynamic = 'force-dynamic';

function upload(request: Request): Promise<Response> {
  return handleDashboardImport(request, async () => (await currentSession())?.user?.id ?? null);
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ POST: upload });
