// Every REST endpoint module, imported once so the OpenAPI registry sees all routes.
export * from './products.ts';
