// The pure half of literal matching: normalised e-mails, escaped LIKE patterns (the database half is tested by
// the list, search and portal sign-in integration tests).
import { describe, expect, it } from 'vitest';
import { containsText, escapeLikePattern, normalizeEmail, startsWithText } from './text-match.ts';

describe('text matching', () => {
  it('normalises e-mails: trimmed, lower case, nothing else touched', () => {
    expect(normalizeEmail('  J_Smith+Tag@Outlook.COM ')).toBe('j_smith+tag@outlook.com');
  });

  it('escapes every LIKE pattern character, the escape character first', () => {
    expect(escapeLikePattern('j_mith%\\x')).toBe('j\\_mith\\%\\\\x');
    expect(escapeLikePattern('plain text')).toBe('plain text');
    expect(containsText('100%')).toEqual({ contains: '100\\%', mode: 'insensitive' });
    expect(startsWithText('license_.')).toEqual({ startsWith: 'license\\_.' });
  });
});
