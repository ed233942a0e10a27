-- The q search of licenses: trigram indexes serve its case-insensitive "contains" (ILIKE '%text%') on name,
-- userEmail and userName. pg_trgm is a trusted extension (PostgreSQL 13+); PGlite loads it from its contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "License_name_trgm_idx" ON "License" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "License_userEmail_trgm_idx" ON "License" USING GIN ("userEmail" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "License_userName_trgm_idx" ON "License" USING GIN ("userName" gin_trgm_ops);
