-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('running', 'completed', 'failed');

-- AlterEnum
ALTER TYPE "ActorType" ADD VALUE 'import';

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "environment" "Environment" NOT NULL,
    "format" TEXT NOT NULL,
    "dryRun" BOOLEAN NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'running',
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "error" TEXT,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "finishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_accountId_environment_createdAt_id_idx" ON "ImportJob"("accountId", "environment", "createdAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
