export { redeliverWebhookRoute as POST } from '@/server/rest/endpoints/webhooks.ts';
