// Job: deletes portal sign-in links that expired more than a day ago (bounded per run).
import { deleteExpiredPortalSignInTokens } from '@/server/domain/portal/sign-in.ts';
import { defineJob } from './registry.ts';

defineJob({
  name: 'portal-token-prune',
  intervalMs: 60 * 60_000,
  run: (db, now) => deleteExpiredPortalSignInTokens({ db }, now),
});
