// Offline license file download for one of the signed-in customer's machines: a same-origin POST (it writes the
// license.checked_out event), answered as an attachment.
import { AppError } from '@/server/errors.ts';
import { checkoutPortalMachine } from '@/server/domain/portal/portal.ts';
import { isSameOriginPost, readPortalSession, signedInPortalContext } from '../../../_session/request.ts';
import { serveMethods } from '@/server/rest/methods.ts';

export const dynamic = 'force-dynamic';

const text = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

async function downloadLicenseFile(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  if (!(await isSameOriginPost()))
    return text(403, 'The request could not be verified. Go back and try again.');
  const session = await readPortalSession();
  if (!session) return Response.redirect(new URL('/portal', _request.url), 303);
  try {
    const file = await checkoutPortalMachine(await signedInPortalContext(session), id);
    return new Response(`${file.certificate}\n`, {
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'NOT_FOUND' || error.code === 'UNAUTHORIZED')
      return text(404, 'This machine is not active on your license.');
    return text(422, `The offline license file is not available: ${error.message}`);
  }
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ POST: downloadLicenseFile });
