// REST: /products (API.md §4 Products).
import { route } from '@/server/rest/route.ts';
import { idParam } from '@/server/domain/shared/schemas.ts';
import {
  createProduct,
  createProductInput,
  deleteProduct,
  getProduct,
  listProducts,
  listProductsQuery,
  productView,
  updateProduct,
  updateProductInput,
} from '@/server/domain/products/products.ts';
import { authed } from './authed.ts';

const tags = ['Products'];

export const createProductRoute = route({
  method: 'POST',
  path: '/products',
  auth: ['apiKey'],
  scopes: ['products:write'],
  body: createProductInput,
  status: 201,
  openapi: { summary: 'Create a product', tags, response: productView, errors: ['CONFLICT'] },
  handler: ({ ctx, body }) => createProduct(authed(ctx), body),
});

export const listProductsRoute = route({
  method: 'GET',
  path: '/products',
  auth: ['apiKey'],
  scopes: ['products:read'],
  query: listProductsQuery,
  list: true,
  openapi: { summary: 'List products', tags, response: productView },
  handler: ({ ctx, query }) => listProducts(authed(ctx), query),
});

export const getProductRoute = route({
  method: 'GET',
  path: '/products/{id}',
  auth: ['apiKey'],
  scopes: ['products:read'],
  params: idParam,
  openapi: { summary: 'Get a product', tags, response: productView },
  handler: ({ ctx, params }) => getProduct(authed(ctx), params.id),
});

export const updateProductRoute = route({
  method: 'PATCH',
  path: '/products/{id}',
  auth: ['apiKey'],
  scopes: ['products:write'],
  params: idParam,
  body: updateProductInput,
  openapi: { summary: 'Update a product', tags, response: productView, errors: ['CONFLICT'] },
  handler: ({ ctx, params, body }) => updateProduct(authed(ctx), params.id, body),
});

export const deleteProductRoute = route({
  method: 'DELETE',
  path: '/products/{id}',
  auth: ['apiKey'],
  scopes: ['products:write'],
  params: idParam,
  status: 204,
  openapi: {
    summary: 'Delete a product (soft delete; refused while it has live licenses)',
    tags,
    errors: ['CONFLICT'],
  },
  handler: ({ ctx, params }) => deleteProduct(authed(ctx), params.id),
});
