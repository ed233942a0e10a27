// tRPC: products — the same domain functions as /api/v1/products.
import { z } from 'zod';
import { idParam } from '@/server/domain/shared/schemas.ts';
import { paginationQuery } from '@/server/shared/pagination.ts';
import {
  createProduct,
  createProductInput,
  deleteProduct,
  getProduct,
  listProducts,
  updateProduct,
  updateProductInput,
} from '@/server/domain/products/products.ts';
import { domainInput, memberProcedure, router, writerProcedure } from '../init.ts';

export const productsRouter = router({
  list: memberProcedure
    .input(z.strictObject({ ...paginationQuery, limit: paginationQuery.limit.default(100) }))
    .query(({ ctx, input }) => listProducts(ctx.domain, input)),
  get: memberProcedure.input(idParam).query(({ ctx, input }) => getProduct(ctx.domain, input.id)),
  create: writerProcedure
    .input(domainInput(createProductInput))
    .mutation(({ ctx, input }) => createProduct(ctx.domain, input)),
  update: writerProcedure
    .input(z.strictObject({ id: z.uuid(), data: updateProductInput }))
    .mutation(({ ctx, input }) => updateProduct(ctx.domain, input.id, input.data)),
  delete: writerProcedure.input(idParam).mutation(({ ctx, input }) => deleteProduct(ctx.domain, input.id)),
});
