// Types of the Licentric REST API, generated from its OpenAPI document by openapi-typescript.
// Do not edit: `npm run sdk:types` writes this file and a unit test fails when it is out of date.
export interface paths {
  '/api/v1/analytics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * License, machine, activation and validation statistics
     * @description Counts for the key's environment (optionally one product) and daily trends over `days` (1–90), oldest first, zero-filled. Scopes: `analytics:read`.
     */
    get: operations['getAnalytics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/entitlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List entitlements
     * @description Scopes: `entitlements:read`.
     */
    get: operations['getEntitlements'];
    put?: never;
    /**
     * Create an entitlement
     * @description Codes are unique per account and environment and stay reserved after a delete. Scopes: `entitlements:write`.
     */
    post: operations['postEntitlements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/entitlements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an entitlement
     * @description Scopes: `entitlements:read`.
     */
    get: operations['getEntitlementsById'];
    put?: never;
    post?: never;
    /**
     * Delete an entitlement (soft delete; it leaves every policy and license at once)
     * @description Scopes: `entitlements:write`.
     */
    delete: operations['deleteEntitlementsById'];
    options?: never;
    head?: never;
    /**
     * Update an entitlement
     * @description Scopes: `entitlements:write`.
     */
    patch: operations['patchEntitlementsById'];
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import licenses (CSV or Keygen), or check an import with a dry run
     * @description Body: the CSV file itself (`Content-Type: text/csv`, streamed, up to 50 MB) or JSON `{ csv }` / `{ keygen: { products, policies, users, licenses, machines } }`. CSV headers are matched case- and punctuation-insensitively (key, product, policy, status, name, user email, user name, expires at, max machines, max uses, entitlements, fingerprints, metadata.*); `mapping` overrides. Additive and idempotent by key: a key already present is skipped. `dryRun=true` writes no license. The answer is the recorded import with its report (rows with errors: row, column, message). Imported licenses emit license.created with the actor `import`; `suppressWebhooks=true` keeps those events off webhooks. Large files run as a background job: with `async=true` (or `Prefer: respond-async`), and always for text/csv uploads over 4194304 bytes (by Content-Length), the file is received whole, then the answer is 202 with the import `running`; follow it with GET /imports/{id} (`processedRows`, then `status` completed or failed with its report). An account runs at most 2 imports at a time: a background import beyond that is a 409 before the upload is read. Scopes: `licenses:write`. `Idempotency-Key` is ignored here: the body is streamed, not stored; sending the same import again is safe (rows whose key exists are skipped).
     */
    post: operations['postImports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an import: its progress while it runs, its report when done
     * @description Scopes: `licenses:read`.
     */
    get: operations['getImportsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List licenses
     * @description Filters combine: productId, policyId, status (effective), userEmail (the exact address, any letter case), q (name/userEmail/userName contains the text, or the exact key). Text is matched literally: `_` and `%` are plain characters, never wildcards. Scopes: `licenses:read`.
     */
    get: operations['getLicenses'];
    put?: never;
    /**
     * Create a license
     * @description The key is generated with the product’s keyPrefix unless `key` imports one (unique across the deployment, else 409). expiresAt defaults to now + policy.durationDays; a past expiresAt creates an expired license (revoked under REVOKE). Overrides need an overridable policy (else 422). Unknown entitlementIds → 404. Scopes: `licenses:write`.
     */
    post: operations['postLicenses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a license
     * @description With License auth, only the license of that key (others → 403). Scopes: `licenses:read`.
     */
    get: operations['getLicensesById'];
    put?: never;
    post?: never;
    /**
     * Delete a license (soft delete; its machines are deactivated)
     * @description Scopes: `licenses:write`.
     */
    delete: operations['deleteLicensesById'];
    options?: never;
    head?: never;
    /**
     * Update a license
     * @description Editable: name, policyId (another policy of the same product, else 422 POLICY_PRODUCT_MISMATCH), expiresAt, maxMachinesOverride, maxUsesOverride, userEmail, userName, metadata. A past expiresAt expires an active license now; an expired license is brought back with renew (409). Scopes: `licenses:write`.
     */
    patch: operations['patchLicensesById'];
    trace?: never;
  };
  '/api/v1/licenses/{id}/ban': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ban a license (any status but banned → banned; terminal)
     * @description Scopes: `licenses:write`.
     */
    post: operations['postLicensesByIdBan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/{id}/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check out an offline license file
     * @description A signed license file for offline use (DOMAIN.md §6). TTL 3600 s … offlineMaxDays; default 14 days capped by it; under RESTRICT_ACCESS and REVOKE never past the license expiry. With License auth, only its own license. Scopes: `licenses:read`.
     */
    post: operations['postLicensesByIdCheckout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/{id}/entitlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach entitlements to a license
     * @description Body: { entitlementIds } or { entitlementCodes }. Idempotent. Unknown entitlements → 404 naming them. Scopes: `licenses:write`.
     */
    post: operations['postLicensesByIdEntitlements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/{id}/entitlements/{entitlementId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Detach an entitlement from a license
     * @description Answers 200 with the updated license. Scopes: `licenses:write`.
     */
    delete: operations['deleteLicensesByIdEntitlementsByEntitlementId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reinstate a license (suspended → active, or expired when its expiry has passed)
     * @description Scopes: `licenses:write`.
     */
    post: operations['postLicensesByIdReinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/{id}/renew': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew a license (active or expired → active)
     * @description expiresAt = the given future date, else max(now, expiresAt) + policy.durationDays; 422 when neither exists or the date is not in the future. Scopes: `licenses:write`.
     */
    post: operations['postLicensesByIdRenew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a license (active, suspended or expired → revoked; terminal)
     * @description Scopes: `licenses:write`.
     */
    post: operations['postLicensesByIdRevoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suspend a license (active or expired → suspended)
     * @description Scopes: `licenses:write`.
     */
    post: operations['postLicensesByIdSuspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licenses/validate-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate a license key
     * @description Checks a key (and optionally a machine fingerprint, entitlements, product and environment). Always 200 for a well-formed body: `valid` and `code` tell the outcome — NOT_FOUND, PRODUCT_MISMATCH, BANNED, REVOKED, SUSPENDED, EXPIRED, USAGE_LIMIT_EXCEEDED, FINGERPRINT_REQUIRED, FINGERPRINT_NOT_FOUND, HEARTBEAT_REQUIRED, ENTITLEMENTS_MISSING, MACHINE_LIMIT_EXCEEDED, EXPIRED (valid under ALLOW_ACCESS), VALID — the first failing check wins. `Idempotency-Key` is ignored here: every call is answered from the current state of the license and signed when it is made, because a stored answer could outlive a revoke or a suspension.
     */
    post: operations['postLicensesValidateKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/machines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List active machines (License auth: of its own license)
     * @description Scopes: `machines:read`.
     */
    get: operations['getMachines'];
    put?: never;
    /**
     * Activate a machine
     * @description License auth activates on its own license; an API key needs `licenseId`. 201 for a new machine, 200 when the fingerprint is already active on the license (same machine, no new seat). Scopes: `machines:write`.
     */
    post: operations['postMachines'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/machines/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a machine
     * @description Scopes: `machines:read`.
     */
    get: operations['getMachinesById'];
    put?: never;
    post?: never;
    /**
     * Deactivate a machine (frees its seat)
     * @description API keys may always deactivate. License auth may when the policy is floating or allows machine transfer. Scopes: `machines:write`.
     */
    delete: operations['deleteMachinesById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/machines/{id}/heartbeat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a machine heartbeat
     * @description Sets lastHeartbeatAt; a dead machine kept under KEEP_DEAD revives. 404 for a deactivated machine. Scopes: `machines:write`. `Idempotency-Key` is ignored here: every call is answered from the current state of the license and signed when it is made, because a stored answer could outlive a revoke or a suspension.
     */
    post: operations['postMachinesByIdHeartbeat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List policies (optionally of one product)
     * @description Scopes: `policies:read`.
     */
    get: operations['getPolicies'];
    put?: never;
    /**
     * Create a policy
     * @description A template (desktop_app, cli_tool, saas, trial) fills defaults; explicit fields win. maxMachines is required unless the template sets it; null (unlimited) needs allowUnlimitedActivations: true in the same request (the saas template is unlimited by definition). Scopes: `policies:write`.
     */
    post: operations['postPolicies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a policy
     * @description Scopes: `policies:read`.
     */
    get: operations['getPoliciesById'];
    put?: never;
    post?: never;
    /**
     * Delete a policy (soft delete; refused while live licenses use it)
     * @description Scopes: `policies:write`.
     */
    delete: operations['deletePoliciesById'];
    options?: never;
    head?: never;
    /**
     * Update a policy
     * @description productId and template are fixed. New rules apply from the next operation; lowering maxMachines deactivates nothing. Scopes: `policies:write`.
     */
    patch: operations['patchPoliciesById'];
    trace?: never;
  };
  '/api/v1/policies/{id}/entitlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach entitlements to a policy
     * @description Body: { entitlementIds } or { entitlementCodes }. Idempotent. Unknown entitlements → 404 naming them. Scopes: `policies:write`.
     */
    post: operations['postPoliciesByIdEntitlements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}/entitlements/{entitlementId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Detach an entitlement from a policy
     * @description Answers 200 with the updated policy. Scopes: `policies:write`.
     */
    delete: operations['deletePoliciesByIdEntitlementsByEntitlementId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List products
     * @description Scopes: `products:read`.
     */
    get: operations['getProducts'];
    put?: never;
    /**
     * Create a product
     * @description Scopes: `products:write`.
     */
    post: operations['postProducts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a product
     * @description Scopes: `products:read`.
     */
    get: operations['getProductsById'];
    put?: never;
    post?: never;
    /**
     * Delete a product (soft delete; refused while it has live licenses)
     * @description Scopes: `products:write`.
     */
    delete: operations['deleteProductsById'];
    options?: never;
    head?: never;
    /**
     * Update a product
     * @description Scopes: `products:write`.
     */
    patch: operations['patchProductsById'];
    trace?: never;
  };
  '/api/v1/signing-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the signing public keys
     * @description The environment's Ed25519 public keys, newest first; the first key is created on first use. Inactive (rotated) keys stay listed so license files and answers they signed keep verifying. Any valid API key may read them.
     */
    get: operations['getSigningKeys'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook endpoints
     * @description Scopes: `webhooks:read`.
     */
    get: operations['getWebhooks'];
    put?: never;
    /**
     * Register a webhook endpoint
     * @description The URL must be https on a public address (checked again at each delivery). `events` takes exact event types, `*` (default) or group wildcards such as `license.*`. The answer carries the `whsec_…` signing secret; it is shown only here and on rotate-secret. Scopes: `webhooks:write`.
     */
    post: operations['postWebhooks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook endpoint
     * @description Scopes: `webhooks:read`.
     */
    get: operations['getWebhooksById'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint (soft delete; delivery stops)
     * @description Scopes: `webhooks:write`.
     */
    delete: operations['deleteWebhooksById'];
    options?: never;
    head?: never;
    /**
     * Update a webhook endpoint
     * @description Disabling pauses delivery: pending deliveries wait and resume when the endpoint is enabled again. Scopes: `webhooks:write`.
     */
    patch: operations['patchWebhooksById'];
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List deliveries of an endpoint, newest first, with their attempts
     * @description Scopes: `webhooks:read`.
     */
    get: operations['getWebhooksByIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Redeliver an event
     * @description Puts the delivery back to pending, due now, with a fresh retry schedule; earlier attempts stay in its log. Scopes: `webhooks:write`.
     */
    post: operations['postWebhooksByIdDeliveriesByDeliveryIdRedeliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate the signing secret
     * @description Returns the new secret once; every attempt from now on (retries included) is signed with it. Scopes: `webhooks:write`.
     */
    post: operations['postWebhooksByIdRotateSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a webhook.test event to this endpoint
     * @description Writes a `webhook.test` event for this endpoint only and answers with its pending delivery. 422 when the endpoint is disabled. Scopes: `webhooks:write`.
     */
    post: operations['postWebhooksByIdTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The one error envelope of every 4xx and 5xx answer */
    Error: {
      /** @description Human-readable message. VALIDATION_ERROR names the first offending field ("Invalid body: name: expected string, received undefined"); NOT_FOUND for an API key adds that the id may belong to the other environment (live and test keys see separate data); UNAUTHORIZED for a license key sent as Bearer points at "Authorization: License <license key>". */
      error: string;
      /** @enum {string} */
      code:
        | 'VALIDATION_ERROR'
        | 'UNAUTHORIZED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'METHOD_NOT_ALLOWED'
        | 'CONFLICT'
        | 'FINGERPRINT_TAKEN'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'MACHINE_LIMIT_EXCEEDED'
        | 'FINGERPRINT_LIMIT_EXCEEDED'
        | 'LICENSE_NOT_ACTIVE'
        | 'LICENSE_EXPIRED'
        | 'DEACTIVATION_NOT_ALLOWED'
        | 'OFFLINE_NOT_ALLOWED'
        | 'POLICY_PRODUCT_MISMATCH'
        | 'IDEMPOTENCY_KEY_REUSED'
        | 'UNPROCESSABLE'
        | 'RATE_LIMITED'
        | 'INTERNAL_ERROR'
        | 'SERVICE_UNAVAILABLE';
      /** @description The HTTP status again */
      status: number;
      /** @description Structured context, present only when the error has some. Known fields are listed; others may be added. */
      details?: {
        /** @description VALIDATION_ERROR: every invalid input, with its path (body fields; `query`/`path` first) */
        issues?: {
          path: (string | number)[];
          message: string;
          code: string;
        }[];
        /** @description NOT_FOUND: the unknown entitlement ids */
        entitlementIds?: string[];
        /** @description NOT_FOUND: the unknown entitlement codes */
        entitlementCodes?: string[];
        /** @description CONFLICT of a license transition: the refused action */
        action?: string;
        /** @description CONFLICT of a license transition: the current status */
        from?: string;
        /** @description CONFLICT of a license transition: the status it would lead to */
        to?: string;
        /** @description Checkout VALIDATION_ERROR: the smallest ttl (seconds) */
        minTtl?: number;
        /** @description Checkout VALIDATION_ERROR: the largest ttl (seconds) */
        maxTtl?: number;
        /** @description UNPROCESSABLE: the rule that refused, e.g. FINGERPRINT_REQUIRED */
        reason?: string;
        /** @description FINGERPRINT_TAKEN: the policy rule that made the fingerprint unavailable */
        fingerprintUniqueness?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description ULID, also in the X-Request-Id header */
      requestId: string;
    };
    Pagination: {
      /**
       * Format: uuid
       * @description Pass as `cursor` for the next page; null on the last page
       */
      nextCursor: string | null;
      hasMore: boolean;
    };
    Analytics: {
      licenses: {
        total: number;
        active: number;
        expired: number;
        suspended: number;
        revoked: number;
        banned: number;
      };
      machines: {
        /** @description Activated (not deactivated) machines */
        total: number;
        /** @description Activated machines that are not dead */
        active: number;
        /** @description Activated machines whose heartbeat stopped (kept under KEEP_DEAD) */
        dead: number;
      };
      activations: {
        trend: {
          /** Format: date */
          date: string;
          count: number;
        }[];
      };
      validations: {
        total: number;
        successful: number;
        failed: number;
        trend: {
          /** Format: date */
          date: string;
          successful: number;
          failed: number;
        }[];
      };
    };
    /** @description Any JSON value */
    JsonValue: unknown;
    Entitlement: {
      /** Format: uuid */
      id: string;
      code: string;
      name: string;
      description: string | null;
      metadata: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    License: {
      /** Format: uuid */
      id: string;
      name: string | null;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'expired' | 'revoked' | 'banned';
      /** Format: uuid */
      productId: string;
      /** Format: uuid */
      policyId: string;
      expiresAt: string | null;
      /** @description Effective: the override when the policy is overridable, else the policy’s; null = unlimited */
      maxMachines: number | null;
      maxMachinesOverride: number | null;
      /** @description Effective, like maxMachines */
      maxUses: number | null;
      maxUsesOverride: number | null;
      usesCount: number;
      /** @description Active machines */
      machineCount: number;
      /** @description Effective entitlement codes: policy ∪ license, sorted */
      entitlements: string[];
      lastValidatedAt: string | null;
      metadata: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      key: string;
      userEmail: string | null;
      userName: string | null;
      /** @description The lifecycle actions the license accepts in its current status (DOMAIN.md §3); delete always */
      allowedActions: ('suspend' | 'reinstate' | 'renew' | 'revoke' | 'ban')[];
    };
    LicenseFile: {
      /** @description The license file (-----BEGIN LICENTRIC LICENSE----- …) */
      certificate: string;
      /** Format: date-time */
      expiresAt: string;
      kid: string;
    };
    ValidationResult: {
      valid: boolean;
      /** @enum {string} */
      code:
        | 'NOT_FOUND'
        | 'PRODUCT_MISMATCH'
        | 'BANNED'
        | 'REVOKED'
        | 'SUSPENDED'
        | 'EXPIRED'
        | 'USAGE_LIMIT_EXCEEDED'
        | 'FINGERPRINT_REQUIRED'
        | 'FINGERPRINT_NOT_FOUND'
        | 'HEARTBEAT_REQUIRED'
        | 'ENTITLEMENTS_MISSING'
        | 'MACHINE_LIMIT_EXCEEDED'
        | 'VALID';
      /** @description What happened and what to do next */
      detail: string;
      /** @description null for NOT_FOUND */
      license: components['schemas']['LicenseRuntime'] | null;
      /** @description The active machine of the fingerprint, when one was sent and found */
      machine: components['schemas']['Machine'] | null;
      /** @description The license’s effective entitlement codes */
      entitlements: string[];
      nonce: number | null;
      /**
       * Format: date-time
       * @description Server time of the answer (ISO-8601)
       */
      ts: string;
    };
    LicenseRuntime: {
      /** Format: uuid */
      id: string;
      name: string | null;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'expired' | 'revoked' | 'banned';
      /** Format: uuid */
      productId: string;
      /** Format: uuid */
      policyId: string;
      expiresAt: string | null;
      /** @description Effective: the override when the policy is overridable, else the policy’s; null = unlimited */
      maxMachines: number | null;
      maxMachinesOverride: number | null;
      /** @description Effective, like maxMachines */
      maxUses: number | null;
      maxUsesOverride: number | null;
      usesCount: number;
      /** @description Active machines */
      machineCount: number;
      /** @description Effective entitlement codes: policy ∪ license, sorted */
      entitlements: string[];
      lastValidatedAt: string | null;
      metadata: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @enum {string} */
      environment: 'live' | 'test';
    };
    Machine: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      licenseId: string;
      fingerprint: string;
      name: string | null;
      platform: ('macos' | 'windows' | 'linux' | 'docker' | 'kubernetes' | 'other') | null;
      hostname: string | null;
      cores: number | null;
      /** @enum {string} */
      heartbeatStatus: 'NOT_REQUIRED' | 'NOT_STARTED' | 'ALIVE' | 'DEAD';
      lastHeartbeatAt: string | null;
      nextHeartbeatAt: string | null;
      metadata: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Policy: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      productId: string;
      name: string;
      /** @enum {string} */
      template: 'desktop_app' | 'cli_tool' | 'saas' | 'trial' | 'custom';
      maxMachines: number | null;
      maxUses: number | null;
      floating: boolean;
      durationDays: number | null;
      /** @enum {string} */
      expirationStrategy: 'RESTRICT_ACCESS' | 'ALLOW_ACCESS' | 'REVOKE';
      requireHeartbeat: boolean;
      heartbeatIntervalMinutes: number;
      /** @enum {string} */
      heartbeatCullStrategy: 'DEACTIVATE_DEAD' | 'KEEP_DEAD';
      requireFingerprint: boolean;
      /** @enum {string} */
      fingerprintUniqueness: 'PER_LICENSE' | 'PER_POLICY' | 'PER_PRODUCT' | 'PER_ACCOUNT';
      offlineAllowed: boolean;
      offlineMaxDays: number;
      allowMachineTransfer: boolean;
      maxUniqueFingerprints: number | null;
      isTrial: boolean;
      overridable: boolean;
      /** @description Codes of the live entitlements attached to the policy, sorted */
      entitlements: string[];
      /** @description Live (non-deleted) licenses using this policy */
      licensesCount: number;
      metadata: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Product: {
      /** Format: uuid */
      id: string;
      name: string;
      code: string;
      description: string | null;
      keyPrefix: string;
      metadata: {
        [key: string]: unknown;
      };
      licensesCount: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SigningKey: {
      kid: string;
      /** @constant */
      algorithm: 'ed25519';
      /** @description Base64 of the raw 32-byte Ed25519 public key */
      publicKey: string;
      /** Format: date-time */
      createdAt: string;
      active: boolean;
    };
    WebhookEndpointWithSecret: {
      /** Format: uuid */
      id: string;
      url: string;
      description: string | null;
      events: string[];
      enabled: boolean;
      /** @description Why the endpoint was disabled automatically (e.g. it answered 410 Gone) */
      disabledReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description whsec_… signing secret; returned only on register and rotate-secret */
      secret: string;
    };
    WebhookEndpoint: {
      /** Format: uuid */
      id: string;
      url: string;
      description: string | null;
      events: string[];
      enabled: boolean;
      /** @description Why the endpoint was disabled automatically (e.g. it answered 410 Gone) */
      disabledReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    WebhookDelivery: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      endpointId: string;
      eventId: string;
      eventType: string;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'failed';
      attemptCount: number;
      nextAttemptAt: string | null;
      lastStatusCode: number | null;
      lastError: string | null;
      deliveredAt: string | null;
      attempts: components['schemas']['WebhookAttempt'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    WebhookAttempt: {
      attempt: number;
      statusCode: number | null;
      durationMs: number;
      /** @description First 2 KiB of the response body */
      responseBody: string | null;
      error: string | null;
      /** Format: date-time */
      createdAt: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAnalytics: {
    parameters: {
      query?: {
        days?: number;
        productId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Analytics'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getEntitlements: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Entitlement'][];
            pagination: components['schemas']['Pagination'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postEntitlements: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          description?: string | null;
          /**
           * @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized
           * @default {}
           */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Entitlement'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getEntitlementsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Entitlement'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteEntitlementsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchEntitlementsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          code?: string;
          name?: string;
          description?: string | null;
          /** @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Entitlement'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postImports: {
    parameters: {
      query?: {
        /** @description true: validate and report, write nothing */
        dryRun?: 'true' | 'false';
        /** @description true: events are recorded but no webhook is delivered for this import */
        suppressWebhooks?: 'true' | 'false';
        /** @description true (or the header `Prefer: respond-async`): answer 202 with the running import at once and import in the background; text/csv uploads over 4194304 bytes always do */
        async?: 'true' | 'false';
        /** @description CSV column mapping as a JSON object (header → field), for text/csv bodies */
        mapping?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The CSV file as text (or send the file itself as text/csv) */
          csv?: string;
          /** @description Header name in the file → import field, `metadata.<key>` or `ignore`; overrides the detection */
          mapping?: {
            [key: string]: string;
          };
          /** @description Keygen list documents: products, policies, users, licenses, machines */
          keygen?: {
            products?:
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })[];
            policies?:
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })[];
            users?:
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })[];
            licenses?:
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })[];
            machines?:
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })
              | ({
                  data: ({
                    id: string;
                    type: string;
                    /** @default {} */
                    attributes?: {
                      [key: string]: unknown;
                    };
                    /** @default {} */
                    relationships?: {
                      [key: string]: unknown;
                    };
                  } & {
                    [key: string]: unknown;
                  })[];
                } & {
                  [key: string]: unknown;
                })[];
            /**
             * @description Legacy-encrypted Keygen licenses have no readable key in the list API: reported by default, or imported under a new generated key when true
             * @default false
             */
            generateKeysForEncrypted?: boolean;
          };
          dryRun?: boolean;
          suppressWebhooks?: boolean;
          /** @description true: answer 202 at once and import in the background */
          async?: boolean;
        };
        'text/csv': string;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              format: 'csv' | 'keygen';
              dryRun: boolean;
              /** @enum {string} */
              status: 'running' | 'completed' | 'failed';
              /** @description Rows read so far */
              processedRows: number;
              /** @description Why a failed import stopped (batches written before stay written) */
              error: string | null;
              /** @description When completed: rows, toCreate, created, machinesCreated, skipped, errors (row, column, message), createdIds; CSV adds headers and mapping; Keygen adds products, policies and unmapped */
              report: {
                [key: string]: unknown;
              } | null;
              createdAt: string;
              finishedAt: string | null;
            };
          };
        };
      };
      /** @description The import was accepted and runs in the background (status `running`): poll GET /imports/{id} */
      202: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              format: 'csv' | 'keygen';
              dryRun: boolean;
              /** @enum {string} */
              status: 'running' | 'completed' | 'failed';
              /** @description Rows read so far */
              processedRows: number;
              /** @description Why a failed import stopped (batches written before stay written) */
              error: string | null;
              /** @description When completed: rows, toCreate, created, machinesCreated, skipped, errors (row, column, message), createdIds; CSV adds headers and mapping; Keygen adds products, policies and unmapped */
              report: {
                [key: string]: unknown;
              } | null;
              createdAt: string;
              finishedAt: string | null;
            };
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              format: 'csv' | 'keygen';
              dryRun: boolean;
              /** @enum {string} */
              status: 'running' | 'completed' | 'failed';
              /** @description Rows read so far */
              processedRows: number;
              /** @description Why a failed import stopped (batches written before stay written) */
              error: string | null;
              /** @description When completed: rows, toCreate, created, machinesCreated, skipped, errors (row, column, message), createdIds; CSV adds headers and mapping; Keygen adds products, policies and unmapped */
              report: {
                [key: string]: unknown;
              } | null;
              createdAt: string;
              finishedAt: string | null;
            };
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getLicenses: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        productId?: string;
        policyId?: string;
        /** @description Effective status (a license whose expiry passed counts as expired) */
        status?: 'active' | 'suspended' | 'expired' | 'revoked' | 'banned';
        /** @description Exact address, any letter case (no wildcards: `_` and `%` are plain characters) */
        userEmail?: string;
        /** @description name, userEmail or userName contains the text (case-insensitive, literally: `_` and `%` are plain characters), or the exact license key */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'][];
            pagination: components['schemas']['Pagination'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicenses: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          productId: string;
          /** Format: uuid */
          policyId: string;
          /** @description Import an existing key (≥ 8 characters, unique across the deployment); generated when omitted */
          key?: string;
          name?: string | null;
          /** @description Defaults to now + policy.durationDays (null = perpetual); a past date creates an expired license */
          expiresAt?: string | null;
          /** @description Only when the policy is overridable */
          maxMachinesOverride?: number | null;
          /** @description Only when the policy is overridable */
          maxUsesOverride?: number | null;
          /** @description Stored lower case; looked up exactly (portal sign-in, the userEmail filter) */
          userEmail?: string | null;
          userName?: string | null;
          entitlementIds?: string[];
          /**
           * @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized
           * @default {}
           */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED, POLICY_PRODUCT_MISMATCH, UNPROCESSABLE */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getLicensesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteLicensesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchLicensesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          name?: string | null;
          /** Format: uuid */
          policyId?: string;
          expiresAt?: string | null;
          maxMachinesOverride?: number | null;
          maxUsesOverride?: number | null;
          /** @description Stored lower case; looked up exactly (portal sign-in, the userEmail filter) */
          userEmail?: string | null;
          userName?: string | null;
          /** @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description POLICY_PRODUCT_MISMATCH, UNPROCESSABLE */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicensesByIdBan: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicensesByIdCheckout: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description The machine the file is bound to; required when the policy requires fingerprints */
          fingerprint?: string;
          /** @description Seconds the file stays valid: 3600 … the policy's offlineMaxDays; default 14 days capped by it */
          ttl?: number;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['LicenseFile'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED, OFFLINE_NOT_ALLOWED, LICENSE_NOT_ACTIVE, LICENSE_EXPIRED, UNPROCESSABLE */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicensesByIdEntitlements: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          entitlementIds?: string[];
          entitlementCodes?: string[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteLicensesByIdEntitlementsByEntitlementId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        entitlementId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicensesByIdReinstate: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicensesByIdRenew: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @description New expiry (must be in the future); default max(now, expiresAt) + policy.durationDays
           */
          expiresAt?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED, UNPROCESSABLE */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicensesByIdRevoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicensesByIdSuspend: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['License'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postLicensesValidateKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          key: string;
          fingerprint?: string;
          entitlements?: string[];
          /** @description Product id or code the key must belong to */
          product?: string;
          /** @enum {string} */
          environment?: 'live' | 'test';
          /** @description Echoed back (replay protection with signed answers) */
          nonce?: number;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Ed25519 signature over the exact body: `kid=…,ts=…,alg=ed25519,sig=…` (see docs/offline-licenses.md); verify it with a key of GET /signing-keys */
          'Licentric-Signature'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ValidationResult'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMachines: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        licenseId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Machine'][];
            pagination: components['schemas']['Pagination'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postMachines: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @description Required with an API key; implied (and optional) with License auth
           */
          licenseId?: string;
          fingerprint: string;
          name?: string | null;
          platform?: ('macos' | 'windows' | 'linux' | 'docker' | 'kubernetes' | 'other') | null;
          hostname?: string | null;
          cores?: number | null;
          /**
           * @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized
           * @default {}
           */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description The fingerprint is already active on this license: its machine, no new seat */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          /** @description Ed25519 signature over the exact body: `kid=…,ts=…,alg=ed25519,sig=…` (see docs/offline-licenses.md); verify it with a key of GET /signing-keys */
          'Licentric-Signature': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Machine'];
          };
        };
      };
      /** @description Created */
      201: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          /** @description Ed25519 signature over the exact body: `kid=…,ts=…,alg=ed25519,sig=…` (see docs/offline-licenses.md); verify it with a key of GET /signing-keys */
          'Licentric-Signature': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Machine'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT, FINGERPRINT_TAKEN */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED, MACHINE_LIMIT_EXCEEDED, FINGERPRINT_LIMIT_EXCEEDED, LICENSE_NOT_ACTIVE */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMachinesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Machine'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteMachinesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description DEACTIVATION_NOT_ALLOWED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postMachinesByIdHeartbeat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Ed25519 signature over the exact body: `kid=…,ts=…,alg=ed25519,sig=…` (see docs/offline-licenses.md); verify it with a key of GET /signing-keys */
          'Licentric-Signature': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Machine'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPolicies: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        productId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Policy'][];
            pagination: components['schemas']['Pagination'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postPolicies: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          productId: string;
          name: string;
          /**
           * @default custom
           * @enum {string}
           */
          template?: 'desktop_app' | 'cli_tool' | 'saas' | 'trial' | 'custom';
          maxMachines?: number | null;
          maxUses?: number | null;
          floating?: boolean;
          durationDays?: number | null;
          /** @enum {string} */
          expirationStrategy?: 'RESTRICT_ACCESS' | 'ALLOW_ACCESS' | 'REVOKE';
          requireHeartbeat?: boolean;
          heartbeatIntervalMinutes?: number;
          /** @enum {string} */
          heartbeatCullStrategy?: 'DEACTIVATE_DEAD' | 'KEEP_DEAD';
          requireFingerprint?: boolean;
          /** @enum {string} */
          fingerprintUniqueness?: 'PER_LICENSE' | 'PER_POLICY' | 'PER_PRODUCT' | 'PER_ACCOUNT';
          offlineAllowed?: boolean;
          offlineMaxDays?: number;
          allowMachineTransfer?: boolean;
          maxUniqueFingerprints?: number | null;
          isTrial?: boolean;
          overridable?: boolean;
          /** @description Must be true to set maxMachines to null (unlimited). Not stored. */
          allowUnlimitedActivations?: boolean;
          /**
           * @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized
           * @default {}
           */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Policy'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPoliciesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Policy'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deletePoliciesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchPoliciesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          name?: string;
          maxMachines?: number | null;
          maxUses?: number | null;
          floating?: boolean;
          durationDays?: number | null;
          /** @enum {string} */
          expirationStrategy?: 'RESTRICT_ACCESS' | 'ALLOW_ACCESS' | 'REVOKE';
          requireHeartbeat?: boolean;
          heartbeatIntervalMinutes?: number;
          /** @enum {string} */
          heartbeatCullStrategy?: 'DEACTIVATE_DEAD' | 'KEEP_DEAD';
          requireFingerprint?: boolean;
          /** @enum {string} */
          fingerprintUniqueness?: 'PER_LICENSE' | 'PER_POLICY' | 'PER_PRODUCT' | 'PER_ACCOUNT';
          offlineAllowed?: boolean;
          offlineMaxDays?: number;
          allowMachineTransfer?: boolean;
          maxUniqueFingerprints?: number | null;
          isTrial?: boolean;
          overridable?: boolean;
          /** @description Must be true to set maxMachines to null (unlimited). Not stored. */
          allowUnlimitedActivations?: boolean;
          /** @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Policy'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postPoliciesByIdEntitlements: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          entitlementIds?: string[];
          entitlementCodes?: string[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Policy'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deletePoliciesByIdEntitlementsByEntitlementId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        entitlementId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Policy'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getProducts: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Product'][];
            pagination: components['schemas']['Pagination'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postProducts: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          code: string;
          description?: string | null;
          /** @default LIC */
          keyPrefix?: string;
          /**
           * @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized
           * @default {}
           */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Product'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getProductsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Product'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteProductsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchProductsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          name?: string;
          code?: string;
          description?: string | null;
          keyPrefix?: string;
          /** @description Any JSON object: at most 64 keys, nesting depth 4, 16 KiB serialized */
          metadata?: {
            [key: string]: components['schemas']['JsonValue'];
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Product'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSigningKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['SigningKey'][];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWebhooks: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookEndpoint'][];
            pagination: components['schemas']['Pagination'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWebhooks: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description https URL on a public address (http and private addresses only when the deployment sets WEBHOOKS_ALLOW_PRIVATE_URLS) */
          url: string;
          description?: string | null;
          /** @description Event types to receive: "*" (all), exact types such as "license.created", or group wildcards such as "license.*" */
          events?: string[];
          /** @default true */
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookEndpointWithSecret'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWebhooksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookEndpoint'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteWebhooksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchWebhooksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description https URL on a public address (http and private addresses only when the deployment sets WEBHOOKS_ALLOW_PRIVATE_URLS) */
          url?: string;
          description?: string | null;
          /** @description Event types to receive: "*" (all), exact types such as "license.created", or group wildcards such as "license.*" */
          events?: string[];
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookEndpoint'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWebhooksByIdDeliveries: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'pending' | 'delivered' | 'failed';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookDelivery'][];
            pagination: components['schemas']['Pagination'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWebhooksByIdDeliveriesByDeliveryIdRedeliver: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookDelivery'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWebhooksByIdRotateSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookEndpointWithSecret'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWebhooksByIdTest: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key with the same request within 24 h answers the first status and body again (header `Idempotent-Replayed: true`) without repeating the work; another request under the same key is 422 IDEMPOTENCY_KEY_REUSED. Scoped to the credential. A signed answer is replayed with its original `Licentric-Signature`, timestamp included, so it ages like the first answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookDelivery'];
          };
        };
      };
      /** @description VALIDATION_ERROR */
      400: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNAUTHORIZED */
      401: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description The accepted schemes: Bearer (API key) and License */
          'WWW-Authenticate': string;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description FORBIDDEN */
      403: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description NOT_FOUND */
      404: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description CONFLICT */
      409: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description IDEMPOTENCY_KEY_REUSED, UNPROCESSABLE */
      422: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description RATE_LIMITED */
      429: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After': number;
          /** @description Present when this is the stored answer of an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description INTERNAL_ERROR */
      500: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description SERVICE_UNAVAILABLE */
      503: {
        headers: {
          /** @description ULID of this request (quote it when reporting a problem) */
          'X-Request-Id': string;
          /** @description Requests allowed per window in this rate-limit tier (the X-RateLimit-* headers are absent when the deployment turns the tier off) */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left in the current window */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix seconds when the window resets */
          'X-RateLimit-Reset'?: number;
          /** @description Seconds to wait before the next request */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
