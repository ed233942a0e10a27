// Dashboard tenancy (DOMAIN.md §1): a user's accounts and role, account settings, members and their roles,
// and invitations by email (single-use token; the link is shown to the inviter, emailed when SMTP is set).
import { z } from 'zod';
import type { Db } from '@/server/db.ts';
import type { Role } from '@/generated/prisma/enums.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { randomToken, sha256Hex } from '@/lib/crypto.ts';
import { baseUrl, env } from '@/env.ts';
import { createAccount } from '@/server/domain/accounts/accounts.ts';
import { normalizeEmail } from '@/lib/text-match.ts';
import { consumeRateLimit } from '@/server/shared/rate-limit.ts';

const ROLES = ['owner', 'admin', 'developer', 'viewer'] as const;
const INVITATION_TTL_DAYS = 7;

export const signUpInput = z.strictObject({
  name: z.string().trim().min(1, 'Tell us your name').max(255),
  accountName: z.string().trim().min(1, 'Name your company or project').max(255),
  email: z.email('Enter a valid email address').max(320),
  password: z.string().min(10, 'Use at least 10 characters').max(200),
});
export const updateAccountInput = z.strictObject({
  name: z.string().trim().min(1).max(255).optional(),
  supportEmail: z.email().max(320).nullable().optional(),
  supportUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
});
export const createAccountInput = z.strictObject({ name: z.string().trim().min(1).max(255) });
export const inviteMemberInput = z.strictObject({
  email: z.email('Enter a valid email address').max(320),
  role: z.enum(ROLES),
});
export const updateMemberRoleInput = z.strictObject({ userId: z.uuid(), role: z.enum(ROLES) });

interface Membership {
  accountId: string;
  role: Role;
}

/** What tenancy functions run with: the database handle (sign-up and invitations precede any account). */
export interface TenancyContext {
  db: Db;
}

/** A signed-in user (not yet acting in one account). */
export interface UserContext extends TenancyContext {
  userId: string;
}

/** A signed-in member acting in one account, with their role there. */
export interface MemberContext extends UserContext {
  accountId: string;
  role: Role;
}

export const SIGN_UP_CLOSED_MESSAGE =
  'Sign-up is closed on this server. Ask its operator or an account admin for an invitation.';

/**
 * Whether `email` may create a Licentric user: always, unless SIGNUP_ENABLED=false — then only an address with an
 * open invitation (the operator CLI creates accounts without this check).
 */
export async function signUpAllowed({ db }: TenancyContext, email: string): Promise<boolean> {
  if (env().SIGNUP_ENABLED) return true;
  const invited = await db.invitation.findFirst({
    where: {
      email: normalizeEmail(email),
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
    select: { id: true },
  });
  return invited !== null;
}

/** Sign-up: a new user who owns a new account. An existing email is refused (sign in instead). */
export async function signUp(ctx: TenancyContext, input: z.input<typeof signUpInput>) {
  const { db } = ctx;
  const data = signUpInput.parse(input);
  if (!(await signUpAllowed(ctx, data.email))) throw new AppError('FORBIDDEN', SIGN_UP_CLOSED_MESSAGE);
  const email = data.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError('CONFLICT', 'An account with this email already exists. Sign in instead.');
  }
  const created = await createAccount(
    { db },
    {
      name: data.accountName,
      ownerEmail: email,
      ownerPassword: data.password,
      ownerName: data.name,
    },
  );
  return { accountId: created.account.id, userId: created.owner.id, email };
}

/** The accounts a user belongs to, with their role, oldest membership first. */
export async function listMyAccounts({ db, userId }: UserContext) {
  const rows = await db.membership.findMany({
    where: { userId },
    include: { account: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((m) => ({ id: m.account.id, name: m.account.name, slug: m.account.slug, role: m.role }));
}

/** The user's membership of `accountId`, else their first membership; null when they have none. */
export async function resolveMembership(
  { db, userId }: UserContext,
  accountId: string | undefined,
): Promise<Membership | null> {
  if (accountId && z.uuid().safeParse(accountId).success) {
    const m = await db.membership.findUnique({ where: { accountId_userId: { accountId, userId } } });
    if (m) return { accountId: m.accountId, role: m.role };
  }
  const first = await db.membership.findFirst({ where: { userId }, orderBy: { createdAt: 'asc' } });
  return first ? { accountId: first.accountId, role: first.role } : null;
}

/** A further account owned by an existing user (the account switcher's "New account"). */
export async function createAdditionalAccount(
  { db, userId }: UserContext,
  input: z.input<typeof createAccountInput>,
) {
  const data = createAccountInput.parse(input);
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound('User');
  const created = await createAccount({ db }, { name: data.name, ownerEmail: user.email });
  return created.account;
}

function accountView(a: {
  id: string;
  name: string;
  slug: string;
  supportEmail: string | null;
  supportUrl: string | null;
  createdAt: Date;
}) {
  return {
    id: a.id,
    name: a.name,
    slug: a.slug,
    supportEmail: a.supportEmail,
    supportUrl: a.supportUrl,
    createdAt: a.createdAt.toISOString(),
  };
}

export async function getAccountSettings({ db, accountId }: Pick<MemberContext, 'db' | 'accountId'>) {
  const account = await db.account.findUnique({ where: { id: accountId } });
  if (!account) throw notFound('Account');
  return accountView(account);
}

export async function updateAccountSettings(
  { db, accountId }: Pick<MemberContext, 'db' | 'accountId'>,
  input: z.input<typeof updateAccountInput>,
) {
  const data = updateAccountInput.parse(input);
  const account = await db.account.update({ where: { id: accountId }, data });
  return accountView(account);
}

export async function listMembers({ db, accountId }: Pick<MemberContext, 'db' | 'accountId'>) {
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { accountId },
      include: { user: { select: { id: true, email: true, name: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    db.invitation.findMany({
      where: { accountId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'desc' },
    }),
  ]);
  return {
    members: members.map((m) => ({
      userId: m.userId,
      email: m.user.email,
      name: m.user.name,
      role: m.role,
      joinedAt: m.createdAt.toISOString(),
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt.toISOString(),
      createdAt: i.createdAt.toISOString(),
    })),
  };
}

/** Only an owner may grant or take away the owner role. */
function assertCanAssign(actorRole: Role, role: Role) {
  if (role === 'owner' && actorRole !== 'owner')
    throw new AppError('FORBIDDEN', 'Only an owner can make someone an owner');
}

async function sendInvitationEmail(to: string, accountName: string, link: string): Promise<boolean> {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL) return false;
  try {
    const nodemailer = await import('nodemailer');
    const transport = nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({
      from: SMTP_FROM ?? 'Licentric <no-reply@localhost>',
      to,
      subject: `You are invited to ${accountName} on Licentric`,
      text: `You have been invited to join ${accountName} on Licentric.\n\nAccept the invitation: ${link}\n\nThe link expires in ${INVITATION_TTL_DAYS} days.`,
    });
    return true;
  } catch (error) {
    console.error('[licentric] invitation email failed', error);
    return false;
  }
}

/** Creates an invitation; returns the accept link (shown once to the inviter) and whether it was emailed. */
export async function inviteMember(
  { db, accountId, ...actor }: MemberContext,
  input: z.input<typeof inviteMemberInput>,
) {
  const data = inviteMemberInput.parse(input);
  assertCanAssign(actor.role, data.role);
  const limit = await consumeRateLimit('invitation', `account:${accountId}`);
  if (!limit.allowed) {
    throw new AppError(
      'RATE_LIMITED',
      `Too many invitations from this account. Try again in ${limit.retryAfterSeconds} seconds.`,
    );
  }
  const email = normalizeEmail(data.email);
  const existing = await db.membership.findFirst({ where: { accountId, user: { email } } });
  if (existing) throw new AppError('CONFLICT', `${email} is already a member of this account`);
  const token = randomToken();
  const invitation = await db.invitation.create({
    data: {
      accountId,
      email,
      role: data.role,
      tokenHash: sha256Hex(token),
      invitedById: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
    },
    include: { account: { select: { name: true } } },
  });
  const link = `${baseUrl()}/invite/${token}`;
  const emailed = await sendInvitationEmail(email, invitation.account.name, link);
  return {
    id: invitation.id,
    email,
    role: invitation.role,
    link,
    emailed,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

export async function revokeInvitation(
  { db, accountId }: Pick<MemberContext, 'db' | 'accountId'>,
  invitationId: string,
) {
  const result = await db.invitation.updateMany({
    where: { id: invitationId, accountId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (result.count === 0) throw notFound('Invitation');
}

async function findOpenInvitation(db: Db, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: { account: { select: { id: true, name: true } } },
  });
  if (!invitation || invitation.revokedAt || invitation.acceptedAt || invitation.expiresAt <= new Date()) {
    throw new AppError(
      'NOT_FOUND',
      'This invitation link is invalid, was already used, or has expired. Ask for a new one.',
    );
  }
  return invitation;
}

/** What the invite page shows before accepting. */
export async function describeInvitation({ db }: TenancyContext, token: string) {
  const invitation = await findOpenInvitation(db, token);
  return {
    accountName: invitation.account.name,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/**
 * The signed-in user joins the account with the invited role (the invitation is used up) — only when they are
 * signed in with the invited address: a forwarded or leaked link does not let another person in.
 */
export async function acceptInvitation({ db, userId }: UserContext, token: string) {
  const invitation = await findOpenInvitation(db, token);
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user || normalizeEmail(user.email) !== normalizeEmail(invitation.email)) {
    throw new AppError(
      'FORBIDDEN',
      `This invitation is for ${invitation.email}. Sign in with that address to accept it.`,
    );
  }
  return db.$transaction(async (tx) => {
    const used = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (used.count === 0) throw new AppError('CONFLICT', 'This invitation was just used');
    const existing = await tx.membership.findUnique({
      where: { accountId_userId: { accountId: invitation.accountId, userId } },
    });
    if (!existing)
      await tx.membership.create({
        data: { accountId: invitation.accountId, userId, role: invitation.role },
      });
    return {
      accountId: invitation.accountId,
      accountName: invitation.account.name,
      role: existing?.role ?? invitation.role,
    };
  });
}

async function ownerCount(db: Db | Parameters<Parameters<Db['$transaction']>[0]>[0], accountId: string) {
  return db.membership.count({ where: { accountId, role: 'owner' } });
}

export async function updateMemberRole(
  { db, accountId, ...actor }: MemberContext,
  input: z.input<typeof updateMemberRoleInput>,
) {
  const data = updateMemberRoleInput.parse(input);
  assertCanAssign(actor.role, data.role);
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({
      where: { accountId_userId: { accountId, userId: data.userId } },
    });
    if (!member) throw notFound('Member');
    if (member.role === 'owner' && actor.role !== 'owner')
      throw new AppError('FORBIDDEN', 'Only an owner can change an owner');
    if (member.role === 'owner' && data.role !== 'owner' && (await ownerCount(tx, accountId)) <= 1) {
      throw new AppError('CONFLICT', 'An account needs at least one owner; make someone else owner first');
    }
    const updated = await tx.membership.update({ where: { id: member.id }, data: { role: data.role } });
    return { userId: updated.userId, role: updated.role };
  });
}

export async function removeMember({ db, accountId, ...actor }: MemberContext, userId: string) {
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { accountId_userId: { accountId, userId } } });
    if (!member) throw notFound('Member');
    if (member.role === 'owner' && actor.role !== 'owner')
      throw new AppError('FORBIDDEN', 'Only an owner can remove an owner');
    if (member.role === 'owner' && (await ownerCount(tx, accountId)) <= 1) {
      throw new AppError('CONFLICT', 'The last owner cannot be removed');
    }
    await tx.membership.delete({ where: { id: member.id } });
  });
}
