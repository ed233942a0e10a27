export { heartbeatMachineRoute as POST } from '@/server/rest/endpoints/machines.ts';
