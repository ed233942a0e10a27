-- Licenses are found by their exact, normalised userEmail (portal sign-in links, GET /licenses?userEmail=):
-- a case-insensitive pattern made `_` and `%` wildcards. The API has always stored addresses trimmed and in
-- lower case; normalise any row written otherwise, and let the database refuse such rows from now on.
UPDATE "License" SET "userEmail" = lower(btrim("userEmail")) WHERE "userEmail" <> lower(btrim("userEmail"));

ALTER TABLE "License" ADD CONSTRAINT "License_userEmail_normalised" CHECK ("userEmail" = lower(btrim("userEmail")));
