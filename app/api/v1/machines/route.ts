import { serve } from '@/server/rest/methods.ts';
import { activateMachineRoute, listMachinesRoute } from '@/server/rest/endpoints/machines.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(
  listMachinesRoute,
  activateMachineRoute,
);
