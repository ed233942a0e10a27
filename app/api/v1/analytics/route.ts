import { serve } from '@/server/rest/methods.ts';
import { getAnalyticsRoute } from '@/server/rest/endpoints/analytics.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(getAnalyticsRoute);
