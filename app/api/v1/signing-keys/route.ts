export { listSigningKeysRoute as GET } from '@/server/rest/endpoints/signing.ts';
