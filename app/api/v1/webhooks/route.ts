export { createWebhookRoute as POST, listWebhooksRoute as GET } from '@/server/rest/endpoints/webhooks.ts';
