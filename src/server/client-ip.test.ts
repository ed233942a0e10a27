// The client identity: the X-Forwarded-For entry TRUST_PROXY_HOPS from the right, IPv6 grouped by /64.
import { describe, expect, it } from 'vitest';
import { clientKeyOf, forwardedClient } from './client-ip.ts';

describe('forwardedClient', () => {
  it('takes the entry `hops` from the right, never the client-written leftmost', () => {
    expect(forwardedClient('6.6.6.6, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(forwardedClient('6.6.6.6, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
    expect(forwardedClient('198.51.100.7', 2)).toBe('198.51.100.7');
  });
  it('strips ports and brackets; a non-address is ignored', () => {
    expect(forwardedClient('1.1.1.1, 198.51.100.7:4431', 1)).toBe('198.51.100.7');
    expect(forwardedClient('[2001:db8::1]:443', 1)).toBe('2001:db8::1');
    expect(forwardedClient('1.1.1.1, not-an-ip', 1)).toBeNull();
    expect(forwardedClient('', 1)).toBeNull();
  });
});

describe('clientKeyOf', () => {
  it('groups IPv6 by /64 and unwraps IPv4-mapped addresses', () => {
    expect(clientKeyOf('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(clientKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(clientKeyOf('::ffff:192.0.2.9')).toBe('192.0.2.9');
    expect(clientKeyOf('192.0.2.9')).toBe('192.0.2.9');
  });
});
