export { listWebhookDeliveriesRoute as GET } from '@/server/rest/endpoints/webhooks.ts';
