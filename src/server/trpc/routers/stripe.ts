// tRPC: the Stripe integration of the current account+environment — connection and settings (admins), price
// mappings, the Stripe event log with replay, and the "send a test event" check.
import { z } from 'zod';
import { idParam } from '@/server/domain/shared/schemas.ts';
import {
  connectStripe,
  connectStripeInput,
  deletePriceMapping,
  disconnectStripe,
  getStripeConnection,
  listPriceMappings,
  priceMappingInput,
  setPriceMapping,
  stripeSettingsInput,
  updateStripeSettings,
} from '@/server/domain/integrations/stripe/connection.ts';
import {
  listStripeEvents,
  listStripeEventsInput,
  replayStripeEvent,
  sendStripeTestEvent,
} from '@/server/domain/integrations/stripe/events.ts';
import { domainInput, adminProcedure, memberProcedure, router } from '../init.ts';

export const stripeRouter = router({
  connection: memberProcedure.query(({ ctx }) => getStripeConnection(ctx.domain)),
  connect: adminProcedure
    .input(domainInput(connectStripeInput))
    .mutation(({ ctx, input }) => connectStripe(ctx.domain, input)),
  updateSettings: adminProcedure
    .input(domainInput(stripeSettingsInput))
    .mutation(({ ctx, input }) => updateStripeSettings(ctx.domain, input)),
  disconnect: adminProcedure.input(z.strictObject({})).mutation(({ ctx }) => disconnectStripe(ctx.domain)),
  prices: memberProcedure.query(({ ctx }) => listPriceMappings(ctx.domain)),
  mapPrice: adminProcedure
    .input(domainInput(priceMappingInput))
    .mutation(({ ctx, input }) => setPriceMapping(ctx.domain, input)),
  unmapPrice: adminProcedure
    .input(idParam)
    .mutation(({ ctx, input }) => deletePriceMapping(ctx.domain, input.id)),
  events: memberProcedure
    .input(listStripeEventsInput.optional())
    .query(({ ctx, input }) => listStripeEvents(ctx.domain, input)),
  replay: adminProcedure.input(idParam).mutation(({ ctx, input }) => replayStripeEvent(ctx.domain, input.id)),
  sendTest: adminProcedure.input(z.strictObject({})).mutation(({ ctx }) => sendStripeTestEvent(ctx.domain)),
});
