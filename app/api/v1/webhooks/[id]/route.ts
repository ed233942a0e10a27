export {
  getWebhookRoute as GET,
  updateWebhookRoute as PATCH,
  deleteWebhookRoute as DELETE,
} from '@/server/rest/endpoints/webhooks.ts';
