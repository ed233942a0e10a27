export { createProductRoute as POST, listProductsRoute as GET } from '@/server/rest/endpoints/products.ts';
