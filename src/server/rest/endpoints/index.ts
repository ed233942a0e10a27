// Every REST endpoint module, imported once so the OpenAPI registry sees all routes.
export * from './products.ts';
export * from './signing.ts';
export * from './analytics.ts';
export * from './webhooks.ts';
export * from './machines.ts';
export * from './validation.ts';
export * from './entitlements.ts';
export * from './policies.ts';
export * from './licenses.ts';
export * from './imports.ts';
