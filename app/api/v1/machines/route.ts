export { activateMachineRoute as POST, listMachinesRoute as GET } from '@/server/rest/endpoints/machines.ts';
