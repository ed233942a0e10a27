// Accounts (vendor organisations) and their owners: creation and lookup by id or slug.
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { TenancyContext } from '@/server/domain/members/members.ts';
import { AppError, isUniqueViolation } from '@/server/errors.ts';
import { isUuid } from '@/lib/ids.ts';
import { randomString, BASE62 } from '@/lib/crypto.ts';

function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'account'
  );
}

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: 2 });

interface CreateAccountInput {
  name: string;
  ownerEmail: string;
  ownerPassword?: string;
  ownerName?: string;
  slug?: string;
}

/** Creates the account and its owner (a new user, or an existing user with that email). */
export async function createAccount({ db }: TenancyContext, input: CreateAccountInput) {
  const email = input.ownerEmail.trim().toLowerCase();
  const generatedPassword = input.ownerPassword ? undefined : randomString(20, BASE62);
  const existingUser = await db.user.findUnique({ where: { email } });
  if (existingUser && input.ownerPassword) {
    throw new AppError(
      'CONFLICT',
      `A user with email ${email} already exists; omit the password to add the account to that user`,
    );
  }
  const passwordHash = existingUser
    ? null
    : await hashPassword(input.ownerPassword ?? generatedPassword ?? '');
  const base = input.slug ?? slugify(input.name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
    try {
      return await db.$transaction(async (tx) => {
        const account = await tx.account.create({ data: { name: input.name, slug } });
        const owner =
          existingUser ??
          (await tx.user.create({ data: { email, name: input.ownerName ?? null, passwordHash } }));
        await tx.membership.create({ data: { accountId: account.id, userId: owner.id, role: 'owner' } });
        return {
          account: { id: account.id, slug: account.slug, name: account.name },
          owner: {
            id: owner.id,
            email: owner.email,
            ...(existingUser ? {} : generatedPassword ? { password: generatedPassword } : {}),
          },
        };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || input.slug)
        throw error instanceof Error && isUniqueViolation(error)
          ? new AppError('CONFLICT', `Slug ${slug} is taken`)
          : error;
    }
  }
  throw new AppError('CONFLICT', 'Could not find a free slug for this account name');
}

/** An account by id or slug, or NOT_FOUND. */
export async function findAccount({ db }: TenancyContext, idOrSlug: string) {
  const account = await db.account.findFirst({
    where: isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug },
  });
  if (!account) throw new AppError('NOT_FOUND', `No account ${idOrSlug}`);
  return account;
}
