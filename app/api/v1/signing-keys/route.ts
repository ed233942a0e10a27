import { serve } from '@/server/rest/methods.ts';
import { listSigningKeysRoute } from '@/server/rest/endpoints/signing.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(listSigningKeysRoute);
