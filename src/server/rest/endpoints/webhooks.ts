// REST: /webhooks (API.md §4 Webhooks): endpoints, secret rotation, deliveries, redelivery and test events.
import { route } from '@/server/rest/route.ts';
import { idParam } from '@/server/domain/shared/schemas.ts';
import {
  createWebhook,
  createWebhookInput,
  deleteWebhook,
  deliveryParams,
  getWebhook,
  listDeliveriesQuery,
  listWebhookDeliveries,
  listWebhooks,
  listWebhooksQuery,
  redeliverWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhook,
  updateWebhookInput,
  webhookDeliveryView,
  webhookView,
  webhookWithSecretView,
} from '@/server/domain/webhooks/webhooks.ts';
import { authed } from './authed.ts';

const tags = ['Webhooks'];

export const createWebhookRoute = route({
  method: 'POST',
  path: '/webhooks',
  auth: ['apiKey'],
  scopes: ['webhooks:write'],
  body: createWebhookInput,
  status: 201,
  openapi: {
    summary: 'Register a webhook endpoint',
    description:
      'The URL must be https on a public address (checked again at each delivery). `events` takes exact event types, `*` (default) or group wildcards such as `license.*`. The answer carries the `whsec_…` signing secret; it is shown only here and on rotate-secret.',
    tags,
    response: webhookWithSecretView,
  },
  handler: ({ ctx, body }) => createWebhook(authed(ctx), body),
});

export const listWebhooksRoute = route({
  method: 'GET',
  path: '/webhooks',
  auth: ['apiKey'],
  scopes: ['webhooks:read'],
  query: listWebhooksQuery,
  list: true,
  openapi: { summary: 'List webhook endpoints', tags, response: webhookView },
  handler: ({ ctx, query }) => listWebhooks(authed(ctx), query),
});

export const getWebhookRoute = route({
  method: 'GET',
  path: '/webhooks/{id}',
  auth: ['apiKey'],
  scopes: ['webhooks:read'],
  params: idParam,
  openapi: { summary: 'Get a webhook endpoint', tags, response: webhookView },
  handler: ({ ctx, params }) => getWebhook(authed(ctx), params.id),
});

export const updateWebhookRoute = route({
  method: 'PATCH',
  path: '/webhooks/{id}',
  auth: ['apiKey'],
  scopes: ['webhooks:write'],
  params: idParam,
  body: updateWebhookInput,
  openapi: {
    summary: 'Update a webhook endpoint',
    description:
      'Disabling pauses delivery: pending deliveries wait and resume when the endpoint is enabled again.',
    tags,
    response: webhookView,
  },
  handler: ({ ctx, params, body }) => updateWebhook(authed(ctx), params.id, body),
});

export const deleteWebhookRoute = route({
  method: 'DELETE',
  path: '/webhooks/{id}',
  auth: ['apiKey'],
  scopes: ['webhooks:write'],
  params: idParam,
  status: 204,
  openapi: { summary: 'Delete a webhook endpoint (soft delete; delivery stops)', tags },
  handler: ({ ctx, params }) => deleteWebhook(authed(ctx), params.id),
});

export const rotateWebhookSecretRoute = route({
  method: 'POST',
  path: '/webhooks/{id}/rotate-secret',
  auth: ['apiKey'],
  scopes: ['webhooks:write'],
  params: idParam,
  openapi: {
    summary: 'Rotate the signing secret',
    description:
      'Returns the new secret once; every attempt from now on (retries included) is signed with it.',
    tags,
    response: webhookWithSecretView,
  },
  handler: ({ ctx, params }) => rotateWebhookSecret(authed(ctx), params.id),
});

export const listWebhookDeliveriesRoute = route({
  method: 'GET',
  path: '/webhooks/{id}/deliveries',
  auth: ['apiKey'],
  scopes: ['webhooks:read'],
  params: idParam,
  query: listDeliveriesQuery,
  list: true,
  openapi: {
    summary: 'List deliveries of an endpoint, newest first, with their attempts',
    tags,
    response: webhookDeliveryView,
  },
  handler: ({ ctx, params, query }) => listWebhookDeliveries(authed(ctx), params.id, query),
});

export const redeliverWebhookRoute = route({
  method: 'POST',
  path: '/webhooks/{id}/deliveries/{deliveryId}/redeliver',
  auth: ['apiKey'],
  scopes: ['webhooks:write'],
  params: deliveryParams,
  status: 202,
  openapi: {
    summary: 'Redeliver an event',
    description:
      'Puts the delivery back to pending, due now, with a fresh retry schedule; earlier attempts stay in its log.',
    tags,
    response: webhookDeliveryView,
  },
  handler: ({ ctx, params }) => redeliverWebhookDelivery(authed(ctx), params.id, params.deliveryId),
});

export const testWebhookRoute = route({
  method: 'POST',
  path: '/webhooks/{id}/test',
  auth: ['apiKey'],
  scopes: ['webhooks:write'],
  params: idParam,
  status: 202,
  openapi: {
    summary: 'Send a webhook.test event to this endpoint',
    description:
      'Writes a `webhook.test` event for this endpoint only and answers with its pending delivery. 422 when the endpoint is disabled.',
    tags,
    response: webhookDeliveryView,
    errors: ['UNPROCESSABLE'],
  },
  handler: ({ ctx, params }) => sendTestWebhook(authed(ctx), params.id),
});
