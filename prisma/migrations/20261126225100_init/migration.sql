-- CreateEnum
CREATE TYPE "Environment" AS ENUM ('live', 'test');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'admin', 'developer', 'viewer');

-- CreateEnum
CREATE TYPE "PolicyTemplate" AS ENUM ('desktop_app', 'cli_tool', 'saas', 'trial', 'custom');

-- CreateEnum
CREATE TYPE "ExpirationStrategy" AS ENUM ('RESTRICT_ACCESS', 'ALLOW_ACCESS', 'REVOKE');

-- CreateEnum
CREATE TYPE "HeartbeatCullStrategy" AS ENUM ('DEACTIVATE_DEAD', 'KEEP_DEAD');

-- CreateEnum
CREATE TYPE "FingerprintUniqueness" AS ENUM ('PER_LICENSE', 'PER_POLICY', 'PER_PRODUCT', 'PER_ACCOUNT');

-- CreateEnum
CREATE TYPE "LicenseStatus" AS ENUM ('active', 'suspended', 'expired', 'revoked', 'banned');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('macos', 'windows', 'linux', 'docker', 'kubernetes', 'other');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('user', 'api_key', 'license', 'customer', 'system');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'delivered', 'failed');

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "supportEmail" TEXT,
    "supportUrl" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "name" TEXT,
    "keyHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "scopes" TEXT[],
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT,
    "keyPrefix" TEXT NOT NULL DEFAULT 'LIC',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "productId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "template" "PolicyTemplate" NOT NULL DEFAULT 'custom',
    "maxMachines" INTEGER,
    "maxUses" INTEGER,
    "floating" BOOLEAN NOT NULL DEFAULT false,
    "durationDays" INTEGER,
    "expirationStrategy" "ExpirationStrategy" NOT NULL DEFAULT 'RESTRICT_ACCESS',
    "requireHeartbeat" BOOLEAN NOT NULL DEFAULT false,
    "heartbeatIntervalMinutes" INTEGER NOT NULL DEFAULT 60,
    "heartbeatCullStrategy" "HeartbeatCullStrategy" NOT NULL DEFAULT 'DEACTIVATE_DEAD',
    "requireFingerprint" BOOLEAN NOT NULL DEFAULT true,
    "fingerprintUniqueness" "FingerprintUniqueness" NOT NULL DEFAULT 'PER_LICENSE',
    "offlineAllowed" BOOLEAN NOT NULL DEFAULT true,
    "offlineMaxDays" INTEGER NOT NULL DEFAULT 14,
    "allowMachineTransfer" BOOLEAN NOT NULL DEFAULT false,
    "maxUniqueFingerprints" INTEGER,
    "isTrial" BOOLEAN NOT NULL DEFAULT false,
    "overridable" BOOLEAN NOT NULL DEFAULT true,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entitlement" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Entitlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyEntitlement" (
    "policyId" UUID NOT NULL,
    "entitlementId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyEntitlement_pkey" PRIMARY KEY ("policyId","entitlementId")
);

-- CreateTable
CREATE TABLE "LicenseEntitlement" (
    "licenseId" UUID NOT NULL,
    "entitlementId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenseEntitlement_pkey" PRIMARY KEY ("licenseId","entitlementId")
);

-- CreateTable
CREATE TABLE "License" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "productId" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "keyHash" TEXT NOT NULL,
    "keyEncrypted" TEXT NOT NULL,
    "name" TEXT,
    "status" "LicenseStatus" NOT NULL DEFAULT 'active',
    "expiresAt" TIMESTAMPTZ(3),
    "maxMachinesOverride" INTEGER,
    "maxUsesOverride" INTEGER,
    "usesCount" INTEGER NOT NULL DEFAULT 0,
    "machineCount" INTEGER NOT NULL DEFAULT 0,
    "userEmail" TEXT,
    "userName" TEXT,
    "lastValidatedAt" TIMESTAMPTZ(3),
    "activatedAt" TIMESTAMPTZ(3),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "License_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Machine" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "licenseId" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "name" TEXT,
    "platform" "Platform",
    "hostname" TEXT,
    "cores" INTEGER,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "lastHeartbeatAt" TIMESTAMPTZ(3),
    "deadAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),
    "deactivatedBy" "ActorType",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Machine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "type" TEXT NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "dispatchedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "events" TEXT[] DEFAULT ARRAY['*']::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "secretEncrypted" TEXT NOT NULL,
    "disabledReason" TEXT,
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "endpointId" UUID NOT NULL,
    "eventId" TEXT NOT NULL,
    "orderingKey" TEXT NOT NULL,
    "eventSeq" BIGINT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseExpiresAt" TIMESTAMPTZ(3),
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "statusCode" INTEGER,
    "durationMs" INTEGER NOT NULL,
    "responseBody" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningKey" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "kid" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "privateKeyEncrypted" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyUsage" (
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "productId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "validationsSuccessful" INTEGER NOT NULL DEFAULT 0,
    "validationsFailed" INTEGER NOT NULL DEFAULT 0,
    "activations" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyUsage_pkey" PRIMARY KEY ("accountId","environment","productId","day")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "id" UUID NOT NULL,
    "credentialId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "statusCode" INTEGER NOT NULL,
    "responseBody" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalLoginToken" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortalLoginToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_slug_key" ON "Account"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_accountId_userId_key" ON "Membership"("accountId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_accountId_createdAt_idx" ON "Invitation"("accountId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_accountId_environment_createdAt_id_idx" ON "ApiKey"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_accountId_environment_createdAt_id_idx" ON "Product"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product_accountId_environment_code_key" ON "Product"("accountId", "environment", "code");

-- CreateIndex
CREATE INDEX "Policy_accountId_environment_createdAt_id_idx" ON "Policy"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Policy_productId_idx" ON "Policy"("productId");

-- CreateIndex
CREATE INDEX "Entitlement_accountId_environment_createdAt_id_idx" ON "Entitlement"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Entitlement_accountId_environment_code_key" ON "Entitlement"("accountId", "environment", "code");

-- CreateIndex
CREATE INDEX "PolicyEntitlement_entitlementId_idx" ON "PolicyEntitlement"("entitlementId");

-- CreateIndex
CREATE INDEX "LicenseEntitlement_entitlementId_idx" ON "LicenseEntitlement"("entitlementId");

-- CreateIndex
CREATE UNIQUE INDEX "License_keyHash_key" ON "License"("keyHash");

-- CreateIndex
CREATE INDEX "License_accountId_environment_createdAt_id_idx" ON "License"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "License_accountId_environment_status_createdAt_id_idx" ON "License"("accountId", "environment", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "License_accountId_environment_productId_createdAt_id_idx" ON "License"("accountId", "environment", "productId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "License_accountId_environment_policyId_createdAt_id_idx" ON "License"("accountId", "environment", "policyId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "License_accountId_environment_userEmail_idx" ON "License"("accountId", "environment", "userEmail");

-- CreateIndex
CREATE INDEX "License_status_expiresAt_idx" ON "License"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Machine_licenseId_fingerprint_idx" ON "Machine"("licenseId", "fingerprint");

-- CreateIndex
CREATE INDEX "Machine_accountId_environment_fingerprint_idx" ON "Machine"("accountId", "environment", "fingerprint");

-- CreateIndex
CREATE INDEX "Machine_accountId_environment_createdAt_id_idx" ON "Machine"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Machine_deletedAt_lastHeartbeatAt_idx" ON "Machine"("deletedAt", "lastHeartbeatAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event_seq_key" ON "Event"("seq");

-- CreateIndex
CREATE INDEX "Event_accountId_environment_createdAt_id_idx" ON "Event"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Event_accountId_environment_type_createdAt_idx" ON "Event"("accountId", "environment", "type", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Event_resourceType_resourceId_createdAt_idx" ON "Event"("resourceType", "resourceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Event_dispatchedAt_seq_idx" ON "Event"("dispatchedAt", "seq");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_accountId_environment_createdAt_id_idx" ON "WebhookEndpoint"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_orderingKey_eventSeq_idx" ON "WebhookDelivery"("endpointId", "orderingKey", "eventSeq");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_id_idx" ON "WebhookDelivery"("endpointId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "WebhookDelivery_createdAt_idx" ON "WebhookDelivery"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventId_key" ON "WebhookDelivery"("endpointId", "eventId");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_attempt_idx" ON "WebhookAttempt"("deliveryId", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "SigningKey_kid_key" ON "SigningKey"("kid");

-- CreateIndex
CREATE INDEX "SigningKey_accountId_environment_active_idx" ON "SigningKey"("accountId", "environment", "active");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_expiresAt_idx" ON "IdempotencyRecord"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyRecord_credentialId_key_key" ON "IdempotencyRecord"("credentialId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "PortalLoginToken_tokenHash_key" ON "PortalLoginToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PortalLoginToken_expiresAt_idx" ON "PortalLoginToken"("expiresAt");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entitlement" ADD CONSTRAINT "Entitlement_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyEntitlement" ADD CONSTRAINT "PolicyEntitlement_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyEntitlement" ADD CONSTRAINT "PolicyEntitlement_entitlementId_fkey" FOREIGN KEY ("entitlementId") REFERENCES "Entitlement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseEntitlement" ADD CONSTRAINT "LicenseEntitlement_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "License"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseEntitlement" ADD CONSTRAINT "LicenseEntitlement_entitlementId_fkey" FOREIGN KEY ("entitlementId") REFERENCES "Entitlement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Machine" ADD CONSTRAINT "Machine_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Machine" ADD CONSTRAINT "Machine_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "License"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningKey" ADD CONSTRAINT "SigningKey_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
