export { checkoutLicenseRoute as POST } from '@/server/rest/endpoints/signing.ts';
