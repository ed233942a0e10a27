import { serve } from '@/server/rest/methods.ts';
import { deleteWebhookRoute, getWebhookRoute, updateWebhookRoute } from '@/server/rest/endpoints/webhooks.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(
  getWebhookRoute,
  updateWebhookRoute,
  deleteWebhookRoute,
);
