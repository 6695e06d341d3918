// The client an address belongs to, as the per-address limits count it. An IPv6 host is usually
// given a whole /64 and can pick any address in it, so global IPv6 addresses count by their /64;
// IPv4, and IPv4 reached over IPv6 (::ffff:1.2.3.4), count as the one IPv4 address. Link-local
// addresses share their /64 with every host on the link, and loopback is one host: those count whole.
import { isIPv4, isIPv6, SocketAddress } from 'node:net';

/** `address` as the limits count it: `1.2.3.4`, `2001:db8:1:2::/64`, `::1`, `fe80::1%eth0`; anything not an IP address as given. */
export function addressGroup(address: string): string {
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address;
  const zone = address.includes('%') ? address.slice(address.indexOf('%')) : '';
  const groups = ipv6Groups(address.slice(0, address.length - zone.length));
  if (groups === undefined) return address;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) return `${g >> 8}.${g & 0xff}.${h >> 8}.${h & 0xff}`;
  const whole = (a === 0 && b === 0 && c === 0 && d === 0) || (a & 0xffc0) === 0xfe80;
  return whole ? `${canonical(groups)}${zone}` : `${canonical([a, b, c, d, 0, 0, 0, 0])}/64`;
}

/** The eight 16-bit groups of an IPv6 address without a zone id, `::` expanded and a dotted IPv4 tail split in two. */
function ipv6Groups(address: string): number[] | undefined {
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] =>
    part === '' ? [] : part.split(':').flatMap((piece) => {
      if (!isIPv4(piece)) return [parseInt(piece, 16)];
      const [w = 0, x = 0, y = 0, z = 0] = piece.split('.').map(Number);
      return [(w << 8) | x, (y << 8) | z];
    });
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const groups = halves.length === 2 ? [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail] : head;
  return groups.length === 8 && groups.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffff) ? groups : undefined;
}

/** The shortest, lower-case spelling of an IPv6 address (RFC 5952), as the system writes it. */
const canonical = (groups: readonly number[]): string =>
  new SocketAddress({ address: groups.map((n) => n.toString(16)).join(':'), family: 'ipv6' }).address;
