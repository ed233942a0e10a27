// The dashboard's tRPC router: one sub-router per resource, each calling the same domain functions as REST.
import { router } from '../init.ts';
import { accountRouter } from './account.ts';
import { analyticsRouter } from './analytics.ts';
import { apiKeysRouter } from './api-keys.ts';
import { auditRouter } from './audit.ts';
import { entitlementsRouter } from './entitlements.ts';
import { importsRouter } from './imports.ts';
import { licensesRouter } from './licenses.ts';
import { machinesRouter } from './machines.ts';
import { policiesRouter } from './policies.ts';
import { productsRouter } from './products.ts';
import { signingKeysRouter } from './signing-keys.ts';
import { stripeRouter } from './stripe.ts';
import { webhooksRouter } from './webhooks.ts';

export const appRouter = router({
  account: accountRouter,
  analytics: analyticsRouter,
  apiKeys: apiKeysRouter,
  audit: auditRouter,
  entitlements: entitlementsRouter,
  imports: importsRouter,
  licenses: licensesRouter,
  machines: machinesRouter,
  policies: policiesRouter,
  products: productsRouter,
  signingKeys: signingKeysRouter,
  stripe: stripeRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;
