export { validateKeyRoute as POST } from '@/server/rest/endpoints/validation.ts';
