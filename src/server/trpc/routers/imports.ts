// tRPC: the import wizard's reads — the column mapping detected for a CSV header line, and an import's progress
// and report (the upload itself goes to POST /api/dashboard/imports: files exceed tRPC's 1 MiB bodies).
import { z } from 'zod';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { columnMapping, detectMapping, IMPORT_FIELDS } from '@/server/domain/imports/columns.ts';
import { getImportJob } from '@/server/domain/imports/import-jobs.ts';
import { memberProcedure, router } from '../init.ts';

export const importsRouter = router({
  detectMapping: memberProcedure
    .input(
      z.strictObject({
        headers: z.array(z.string().max(200)).min(1).max(200),
        mapping: columnMapping.optional(),
      }),
    )
    .query(({ input }) => ({
      fields: [...IMPORT_FIELDS],
      mapping: detectMapping(
        input.headers.map((h) => h.trim()),
        input.mapping,
      ),
    })),
  get: memberProcedure.input(idParam).query(({ ctx, input }) => getImportJob(ctx.domain, input.id)),
});
