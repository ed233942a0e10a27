// The client identity behind every per-IP limit: the socket address (set by server.ts), or behind trusted proxies
// the X-Forwarded-For entry TRUST_PROXY_HOPS from the right (the leftmost entries are written by the client);
// IPv4-mapped IPv6 becomes IPv4, and IPv6 clients are grouped by their /64 (one subscriber's whole prefix).
import net from 'node:net';
import { env } from '@/env.ts';

/** Header of the socket address; server.ts overwrites any client-sent value. */
const SOCKET_IP_HEADER = 'x-licentric-client-ip';

type HeaderSource = Pick<Headers, 'get'> | Record<string, unknown> | undefined;

function headerOf(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof headers.get === 'function') return (headers as Pick<Headers, 'get'>).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value.join(', ') : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** An address without brackets, port or zone; null when it is not an IP address. */
function bareAddress(value: string): string | null {
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.replace(/%.*$/, '');
  return net.isIP(text) ? text.toLowerCase() : null;
}

/** The eight 16-bit groups of an IPv6 address (embedded IPv4 tail included). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (v4) {
    const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
    text = `${text.slice(0, -v4.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}

/** The rate-limit identity of an address: IPv4 as is (also when IPv4-mapped), IPv6 as its /64 prefix. */
export function clientKeyOf(address: string): string {
  if (net.isIPv4(address)) return address;
  const groups = ipv6Groups(address);
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) {
    return `${g6 >> 8}.${g6 & 255}.${g7 >> 8}.${g7 & 255}`;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The X-Forwarded-For entry written by the outermost trusted proxy: `hops` entries from the right. */
export function forwardedClient(forwardedFor: string | undefined, hops: number): string | null {
  if (!forwardedFor) return null;
  const entries = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  // fewer entries than proxies: every entry was written by a trusted proxy, the leftmost is the furthest
  return bareAddress(entries[Math.max(0, entries.length - hops)] ?? '');
}

/** The client identity of a request (a Request's headers, or the plain header object next-auth hands over). */
export function clientIpFrom(headers: HeaderSource): string {
  const e = env();
  const forwarded = e.TRUST_PROXY
    ? forwardedClient(headerOf(headers, 'x-forwarded-for'), e.TRUST_PROXY_HOPS)
    : null;
  const address = forwarded ?? bareAddress(headerOf(headers, SOCKET_IP_HEADER) ?? '');
  return address ? clientKeyOf(address) : 'unknown';
}

export function clientIp(request: Request): string {
  return clientIpFrom(request.headers);
}
