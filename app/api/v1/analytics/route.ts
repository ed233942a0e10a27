export { getAnalyticsRoute as GET } from '@/server/rest/endpoints/analytics.ts';
