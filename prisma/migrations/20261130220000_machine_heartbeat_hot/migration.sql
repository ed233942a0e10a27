-- Heartbeats update Machine rows often (lastHeartbeatAt, deadAt, updatedAt). The index on (deletedAt,
-- lastHeartbeatAt) made every heartbeat a non-HOT update: a new row version off its page and a new entry in each
-- of the table's five indexes. No query filters on lastHeartbeatAt through it (the dead-machine job compares a
-- per-policy deadline and walks active machines by id), so it goes; and like License (fillfactor 80), Machine
-- pages keep room so the new version stays on its page (docs/benchmarks.md). Only pages written from now on keep
-- the room; `VACUUM FULL "Machine"` applies it to the rows already there. The fillfactor is not expressible in
-- schema.prisma, so no drift.
DROP INDEX "Machine_deletedAt_lastHeartbeatAt_idx";

ALTER TABLE "Machine" SET (fillfactor = 80);
