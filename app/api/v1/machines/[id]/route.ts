import { serve } from '@/server/rest/methods.ts';
import { deactivateMachineRoute, getMachineRoute } from '@/server/rest/endpoints/machines.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(
  getMachineRoute,
  deactivateMachineRoute,
);
