-- CreateEnum
CREATE TYPE "StripeEndAction" AS ENUM ('expire', 'revoke');

-- CreateEnum
CREATE TYPE "StripeChargebackAction" AS ENUM ('suspend', 'revoke');

-- CreateEnum
CREATE TYPE "StripeEventStatus" AS ENUM ('processing', 'processed', 'ignored', 'failed');

-- AlterEnum
ALTER TYPE "ActorType" ADD VALUE 'stripe';

-- CreateTable
CREATE TABLE "StripeConnection" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "webhookSecretEncrypted" TEXT NOT NULL,
    "apiKeyEncrypted" TEXT,
    "apiKeyHint" TEXT,
    "paymentFailedGraceHours" INTEGER NOT NULL DEFAULT 72,
    "renewGraceDays" INTEGER NOT NULL DEFAULT 3,
    "onSubscriptionDeleted" "StripeEndAction" NOT NULL DEFAULT 'expire',
    "onRefundOrDispute" "StripeChargebackAction" NOT NULL DEFAULT 'suspend',
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "lastRejectedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StripeConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripePriceMapping" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "priceId" TEXT NOT NULL,
    "policyId" UUID NOT NULL,
    "entitlementCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StripePriceMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "stripeEventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stripeCreatedAt" TIMESTAMPTZ(3) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "StripeEventStatus" NOT NULL DEFAULT 'processing',
    "outcome" TEXT NOT NULL DEFAULT '',
    "licenseId" UUID,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeLicenseLink" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "licenseId" UUID NOT NULL,
    "checkoutSessionId" TEXT NOT NULL,
    "customerId" TEXT,
    "subscriptionId" TEXT,
    "paymentIntentId" TEXT,
    "priceId" TEXT,
    "subscriptionAt" TIMESTAMPTZ(3),
    "paidAt" TIMESTAMPTZ(3),
    "failedAt" TIMESTAMPTZ(3),
    "suspendDueAt" TIMESTAMPTZ(3),
    "suspendedForNonPayment" BOOLEAN NOT NULL DEFAULT false,
    "endedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StripeLicenseLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StripeConnection_accountId_environment_key" ON "StripeConnection"("accountId", "environment");

-- CreateIndex
CREATE UNIQUE INDEX "StripePriceMapping_accountId_environment_priceId_key" ON "StripePriceMapping"("accountId", "environment", "priceId");

-- CreateIndex
CREATE INDEX "StripeEvent_accountId_environment_receivedAt_id_idx" ON "StripeEvent"("accountId", "environment", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "StripeEvent_accountId_environment_stripeEventId_key" ON "StripeEvent"("accountId", "environment", "stripeEventId");

-- CreateIndex
CREATE UNIQUE INDEX "StripeLicenseLink_licenseId_key" ON "StripeLicenseLink"("licenseId");

-- CreateIndex
CREATE INDEX "StripeLicenseLink_accountId_environment_customerId_idx" ON "StripeLicenseLink"("accountId", "environment", "customerId");

-- CreateIndex
CREATE INDEX "StripeLicenseLink_accountId_environment_paymentIntentId_idx" ON "StripeLicenseLink"("accountId", "environment", "paymentIntentId");

-- CreateIndex
CREATE INDEX "StripeLicenseLink_suspendDueAt_idx" ON "StripeLicenseLink"("suspendDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "StripeLicenseLink_accountId_environment_checkoutSessionId_key" ON "StripeLicenseLink"("accountId", "environment", "checkoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "StripeLicenseLink_accountId_environment_subscriptionId_key" ON "StripeLicenseLink"("accountId", "environment", "subscriptionId");

-- AddForeignKey
ALTER TABLE "StripeConnection" ADD CONSTRAINT "StripeConnection_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripePriceMapping" ADD CONSTRAINT "StripePriceMapping_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripeEvent" ADD CONSTRAINT "StripeEvent_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripeLicenseLink" ADD CONSTRAINT "StripeLicenseLink_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripeLicenseLink" ADD CONSTRAINT "StripeLicenseLink_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "License"("id") ON DELETE CASCADE ON UPDATE CASCADE;
