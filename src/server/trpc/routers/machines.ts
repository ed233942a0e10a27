// tRPC: machines — list, get and vendor deactivation through the same domain functions as /api/v1/machines.
import { idParam } from '@/server/domain/shared/schemas.ts';
import {
  deactivateMachine,
  getMachine,
  listMachines,
  listMachinesQuery,
} from '@/server/domain/machines/machines.ts';
import { memberProcedure, router, writerProcedure } from '../init.ts';

export const machinesRouter = router({
  list: memberProcedure.input(listMachinesQuery).query(({ ctx, input }) => listMachines(ctx.domain, input)),
  get: memberProcedure.input(idParam).query(({ ctx, input }) => getMachine(ctx.domain, input.id)),
  deactivate: writerProcedure
    .input(idParam)
    .mutation(({ ctx, input }) => deactivateMachine(ctx.domain, input.id, { by: 'vendor' })),
});
