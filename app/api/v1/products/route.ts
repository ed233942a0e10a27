import { serve } from '@/server/rest/methods.ts';
import { createProductRoute, listProductsRoute } from '@/server/rest/endpoints/products.ts';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(listProductsRoute, createProductRoute);
