// The HTTP side of Stripe's deliveries (POST /api/integrations/stripe/{accountId}/{environment}): the raw body and
// its Stripe-Signature header go to the domain's receiver; answers and errors in the API's envelope.
import { getDb } from '@/server/db.ts';
import { newRequestId } from '@/lib/ids.ts';
import { receiveStripeEvent } from '@/server/domain/integrations/stripe/events.ts';
import { errorResponse, jsonResponse, toAppError } from './responses.ts';
import { readBody } from './route.ts';

export async function receiveStripeDelivery(
  request: Request,
  { params }: { params: Promise<{ accountId: string; environment: string }> },
): Promise<Response> {
  const requestId = newRequestId();
  try {
    const { accountId, environment } = await params;
    const rawBody = await readBody(request);
    const result = await receiveStripeEvent(await getDb(), {
      accountId,
      environment,
      rawBody,
      signature: request.headers.get('stripe-signature'),
    });
    return jsonResponse(
      200,
      {
        received: true,
        duplicate: result.duplicate,
        status: result.event.status,
        outcome: result.event.outcome,
      },
      { 'X-Request-Id': requestId, 'Cache-Control': 'no-store' },
    );
  } catch (error) {
    return errorResponse(toAppError(error, requestId), requestId);
  }
}
