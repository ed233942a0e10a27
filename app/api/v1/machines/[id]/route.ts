export {
  getMachineRoute as GET,
  deactivateMachineRoute as DELETE,
} from '@/server/rest/endpoints/machines.ts';
