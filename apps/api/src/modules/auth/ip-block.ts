import { isIPv6 } from 'node:net';

/**
 * The address block the per-IP login limit counts: the IPv4 address itself, or the /64 of an IPv6 address,
 * because one IPv6 subscriber gets a whole /64 and could otherwise rotate through 2^64 addresses.
 * IPv4-mapped IPv6 ("::ffff:1.2.3.4", as Node reports IPv4 on a dual-stack socket) counts as the IPv4 address.
 */
export function ipBlock(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
