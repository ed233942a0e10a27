// What a license key may do as a caller (License auth, API.md §2): reach only its own license and that license's
// machines, and — while the license is suspended — only read. The transports call these; they hold no rule.
import type { DomainContext } from '@/server/context.ts';
import { AppError } from '@/server/errors.ts';
import type { LicenseStatus } from '@/generated/prisma/enums.ts';

/** 403 when a license key (actor type `license`) reaches for another license; `what` names the attempt. */
export function assertLicenseReach(
  ctx: Pick<DomainContext, 'actor'>,
  licenseId: string,
  what = 'access the machines of its own license',
): void {
  if (ctx.actor.type === 'license' && ctx.actor.id !== licenseId) {
    throw new AppError('FORBIDDEN', `A license key can only ${what}`);
  }
}

/** 403 for anything but a read by the key of a suspended license (API.md §2). */
export function assertLicenseKeyMay(license: { status: LicenseStatus }, access: 'read' | 'write'): void {
  if (license.status === 'suspended' && access === 'write') {
    throw new AppError('FORBIDDEN', 'A suspended license can only read itself');
  }
}
