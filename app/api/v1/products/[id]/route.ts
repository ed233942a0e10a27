import { serve } from '@/server/rest/methods.ts';
import { deleteProductRoute, getProductRoute, updateProductRoute } from '@/server/rest/endpoints/products.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(
  getProductRoute,
  updateProductRoute,
  deleteProductRoute,
);
