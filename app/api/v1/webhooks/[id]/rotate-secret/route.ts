export { rotateWebhookSecretRoute as POST } from '@/server/rest/endpoints/webhooks.ts';
