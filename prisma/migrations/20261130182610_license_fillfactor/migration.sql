-- Validation counter flushes (usesCount, lastValidatedAt) update License rows often. With room left on each page
-- those updates are HOT: the new row version stays on its page and none of License's indexes gets a new entry
-- (docs/benchmarks.md, "Validation counters and write amplification": 100 % HOT at fillfactor 80 on a rewritten
-- table). Only pages written from now on keep the room; `VACUUM FULL "License"` (an exclusive lock for the
-- rewrite) applies it to the rows already there. Not expressible in schema.prisma, so no drift.
ALTER TABLE "License" SET (fillfactor = 80);
