// The one batch bound shared by the dashboard's tRPC client (it never batches more) and the server (it refuses more).
export const TRPC_MAX_BATCH = 20;
