export {
  getProductRoute as GET,
  updateProductRoute as PATCH,
  deleteProductRoute as DELETE,
} from '@/server/rest/endpoints/products.ts';
