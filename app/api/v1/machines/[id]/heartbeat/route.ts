import { serve } from '@/server/rest/methods.ts';
import { heartbeatMachineRoute } from '@/server/rest/endpoints/machines.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(heartbeatMachineRoute);
