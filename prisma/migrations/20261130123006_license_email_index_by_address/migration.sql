-- Portal sign-in looks licenses up by address alone (across vendors); the list filter by account, environment
-- and address. One index with the address first serves both (equality on every column).
-- DropIndex
DROP INDEX "License_accountId_environment_userEmail_idx";

-- CreateIndex
CREATE INDEX "License_userEmail_accountId_environment_idx" ON "License"("userEmail", "accountId", "environment");
