// tRPC: webhook endpoints, their delivery log, redelivery and test events — the same domain functions as
// /api/v1/webhooks.
import { z } from 'zod';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { paginationQuery } from '@/server/shared/pagination.ts';
import { EVENT_TYPES } from '@/server/domain/webhooks/event-types.ts';
import {
  createWebhook,
  createWebhookInput,
  deleteWebhook,
  deliveryParams,
  getWebhook,
  listDeliveriesQuery,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhook,
  updateWebhookInput,
} from '@/server/domain/webhooks/webhooks.ts';
import { domainInput, memberProcedure, router, writerProcedure } from '../init.ts';

export const webhooksRouter = router({
  eventTypes: memberProcedure.query(() => [...EVENT_TYPES]),
  list: memberProcedure
    .input(z.strictObject({ ...paginationQuery, limit: paginationQuery.limit.default(100) }))
    .query(({ ctx, input }) => listWebhooks(ctx.domain, input)),
  get: memberProcedure.input(idParam).query(({ ctx, input }) => getWebhook(ctx.domain, input.id)),
  create: writerProcedure
    .input(domainInput(createWebhookInput))
    .mutation(({ ctx, input }) => createWebhook(ctx.domain, input)),
  update: writerProcedure
    .input(z.strictObject({ id: z.uuid(), data: updateWebhookInput }))
    .mutation(({ ctx, input }) => updateWebhook(ctx.domain, input.id, input.data)),
  delete: writerProcedure.input(idParam).mutation(({ ctx, input }) => deleteWebhook(ctx.domain, input.id)),
  rotateSecret: writerProcedure
    .input(idParam)
    .mutation(({ ctx, input }) => rotateWebhookSecret(ctx.domain, input.id)),
  deliveries: memberProcedure.input(listDeliveriesQuery.extend({ id: z.uuid() })).query(({ ctx, input }) => {
    const { id, ...query } = input;
    return listWebhookDeliveries(ctx.domain, id, query);
  }),
  redeliver: writerProcedure
    .input(deliveryParams)
    .mutation(({ ctx, input }) => redeliverWebhookDelivery(ctx.domain, input.id, input.deliveryId)),
  sendTest: writerProcedure
    .input(idParam)
    .mutation(({ ctx, input }) => sendTestWebhook(ctx.domain, input.id)),
});
