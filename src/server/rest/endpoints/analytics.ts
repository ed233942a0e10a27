// REST: GET /analytics (API.md §4 Analytics) — the same domain function as the dashboard's Overview.
import { route } from '@/server/rest/route.ts';
import { analyticsQuery, analyticsView, getAnalytics } from '@/server/domain/analytics/analytics.ts';
import { authed } from './authed.ts';

export const getAnalyticsRoute = route({
  method: 'GET',
  path: '/analytics',
  auth: ['apiKey'],
  scopes: ['analytics:read'],
  query: analyticsQuery,
  openapi: {
    summary: 'License, machine, activation and validation statistics',
    description:
      "Counts for the key's environment (optionally one product) and daily trends over `days` (1–90), oldest first, zero-filled.",
    tags: ['Analytics'],
    response: analyticsView,
    errors: ['NOT_FOUND'], // an unknown productId
  },
  handler: ({ ctx, query }) => getAnalytics(authed(ctx), query),
});
