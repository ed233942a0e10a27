import { serve } from '@/server/rest/methods.ts';
import { redeliverWebhookRoute } from '@/server/rest/endpoints/webhooks.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(redeliverWebhookRoute);
