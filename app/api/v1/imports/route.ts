import { serve } from '@/server/rest/methods.ts';
import { createImportRoute } from '@/server/rest/endpoints/imports.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(createImportRoute);
