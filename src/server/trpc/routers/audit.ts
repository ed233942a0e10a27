// tRPC: the audit log (event rows of the chosen account+environment).
import { EVENT_TYPES } from '@/server/domain/webhooks/event-types.ts';
import { listEvents, listEventsInput } from '@/server/domain/audit/audit.ts';
import { domainInput, memberProcedure, router } from '../init.ts';

export const auditRouter = router({
  eventTypes: memberProcedure.query(() => [...EVENT_TYPES]),
  list: memberProcedure
    .input(domainInput(listEventsInput))
    .query(({ ctx, input }) => listEvents(ctx.domain, input)),
});
