export { testWebhookRoute as POST } from '@/server/rest/endpoints/webhooks.ts';
