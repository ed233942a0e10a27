// tRPC: the Overview's numbers — the same domain function as GET /api/v1/analytics.
import { analyticsQuery, getAnalytics } from '@/server/domain/analytics/analytics.ts';
import { domainInput, memberProcedure, router } from '../init.ts';

export const analyticsRouter = router({
  get: memberProcedure
    .input(domainInput(analyticsQuery))
    .query(({ ctx, input }) => getAnalytics(ctx.domain, input)),
});
