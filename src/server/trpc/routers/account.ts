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
import {
  domainInput,
  adminProcedure,
  memberProcedure,
  publicProcedure,
  router,
  signedInProcedure,
} from '../init.ts';

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
    return signUp(ctx, input);
  }),
  /** Who is signed in, their accounts, and the account/environment/role the dashboard is showing. */
  me: memberProcedure.query(async ({ ctx }) => ({
    user: ctx.user,
    accounts: await listMyAccounts(ctx.tenancy),
    accountId: ctx.domain.accountId,
    environment: ctx.domain.environment,
    role: ctx.role,
  })),
  myAccounts: signedInProcedure.query(({ ctx }) => listMyAccounts(ctx.tenancy)),
  create: signedInProcedure
    .input(domainInput(createAccountInput))
    .mutation(({ ctx, input }) => createAdditionalAccount(ctx.tenancy, input)),
  settings: memberProcedure.query(({ ctx }) => getAccountSettings(ctx.tenancy)),
  updateSettings: adminProcedure
    .input(domainInput(updateAccountInput))
    .mutation(({ ctx, input }) => updateAccountSettings(ctx.tenancy, input)),
  members: memberProcedure.query(({ ctx }) => listMembers(ctx.tenancy)),
  invite: adminProcedure
    .input(domainInput(inviteMemberInput))
    .mutation(({ ctx, input }) => inviteMember(ctx.tenancy, input)),
  revokeInvitation: adminProcedure
    .input(z.strictObject({ id: z.uuid() }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.tenancy, input.id)),
  updateRole: adminProcedure
    .input(domainInput(updateMemberRoleInput))
    .mutation(({ ctx, input }) => updateMemberRole(ctx.tenancy, input)),
  removeMember: adminProcedure
    .input(z.strictObject({ userId: z.uuid() }))
    .mutation(({ ctx, input }) => removeMember(ctx.tenancy, input.userId)),
  invitation: publicProcedure.input(token).query(({ ctx, input }) => describeInvitation(ctx, input.token)),
  acceptInvitation: signedInProcedure
    .input(token)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.tenancy, input.token)),
});
