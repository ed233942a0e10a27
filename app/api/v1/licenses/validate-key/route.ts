import { serve } from '@/server/rest/methods.ts';
import { validateKeyRoute } from '@/server/rest/endpoints/validation.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(validateKeyRoute);
