// tRPC: the signed-in user, sign-up, their accounts, account settings, members, roles and invitations.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { consumeRateLimit } from '@/server/shared/rate-limit.ts';
import {
  acceptInvitation,
  createAccountInput,
  createAdditionalAccount,
  describeInvitation,
  getAccountSettings,
  inviteMember,
  inviteMemberInput,
  listMembers,
  listMyAccounts,
  removeMember,
  revokeInvitation,
  signUp,
  signUpInput,
  updateAccountInput,
  updateAccountSettings,
  updateMemberRole,
  updateMemberRoleInput,
} from '@/server/domain/members/members.ts';
import { adminProcedure, memberProcedure, publicProcedure, router, signedInProcedure } from '../init.ts';

const token = z.strictObject({ token: z.string().min(10).max(200) });

export const accountRouter = router({
  /** Creates the user and their account; the client then signs in with the same credentials. */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    const limit = await consumeRateLimit('portal_ip', `sign-up:${ctx.ip}`);
    if (!limit.allowed)
      throw new TRPCError({
        code: 'TOO_MANY_REQUESTS',
        message: `Too many sign-ups. Try again in ${limit.retryAfterSeconds} seconds.`,
      });
    return signUp(ctx.db, input);
  }),
  /** Who is signed in, their accounts, and the account/environment/role the dashboard is showing. */
  me: memberProcedure.query(async ({ ctx }) => ({
    user: ctx.user,
    accounts: await listMyAccounts(ctx.db, ctx.user.id),
    accountId: ctx.domain.accountId,
    environment: ctx.domain.environment,
    role: ctx.role,
  })),
  myAccounts: signedInProcedure.query(({ ctx }) => listMyAccounts(ctx.db, ctx.user.id)),
  create: signedInProcedure
    .input(createAccountInput)
    .mutation(({ ctx, input }) => createAdditionalAccount(ctx.db, ctx.user.id, input)),
  settings: memberProcedure.query(({ ctx }) => getAccountSettings(ctx.db, ctx.domain.accountId)),
  updateSettings: adminProcedure
    .input(updateAccountInput)
    .mutation(({ ctx, input }) => updateAccountSettings(ctx.db, ctx.domain.accountId, input)),
  members: memberProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.domain.accountId)),
  invite: adminProcedure
    .input(inviteMemberInput)
    .mutation(({ ctx, input }) =>
      inviteMember(ctx.db, ctx.domain.accountId, { userId: ctx.user.id, role: ctx.role }, input),
    ),
  revokeInvitation: adminProcedure
    .input(z.strictObject({ id: z.uuid() }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.domain.accountId, input.id)),
  updateRole: adminProcedure
    .input(updateMemberRoleInput)
    .mutation(({ ctx, input }) =>
      updateMemberRole(ctx.db, ctx.domain.accountId, { userId: ctx.user.id, role: ctx.role }, input),
    ),
  removeMember: adminProcedure
    .input(z.strictObject({ userId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      removeMember(ctx.db, ctx.domain.accountId, { userId: ctx.user.id, role: ctx.role }, input.userId),
    ),
  invitation: publicProcedure.input(token).query(({ ctx, input }) => describeInvitation(ctx.db, input.token)),
  acceptInvitation: signedInProcedure
    .input(token)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.user.id, input.token)),
});
