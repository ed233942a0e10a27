// Matching customer-typed text against stored text: e-mail normalisation (compared exactly, never as a
// pattern) and literal substring/prefix filters for Prisma, whose contains/startsWith become LIKE/ILIKE.
// Prisma passes the operand through unescaped, so without this `_` and `%` would be wildcards.

/** The one stored and compared form of an e-mail address: trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Escapes LIKE's pattern characters (`\`, `%`, `_`) with PostgreSQL's default escape character `\`. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A case-insensitive "contains" filter that matches `text` literally. */
export function containsText(text: string) {
  return { contains: escapeLikePattern(text), mode: 'insensitive' as const };
}

/** A case-sensitive "starts with" filter that matches `prefix` literally. */
export function startsWithText(prefix: string) {
  return { startsWith: escapeLikePattern(prefix) };
}
