import { serve } from '@/server/rest/methods.ts';
import { createWebhookRoute, listWebhooksRoute } from '@/server/rest/endpoints/webhooks.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(listWebhooksRoute, createWebhookRoute);
