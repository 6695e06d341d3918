// Per-address limits count an IPv6 client by its /64 and an IPv4 client, however it arrives, by its address.
import { addressGroup } from '../../src/server/addressGroup';

describe('addressGroup', () => {
  it.each([
    ['IPv4 as it is', '203.0.113.7', '203.0.113.7'],
    ['IPv4-mapped IPv6 as the IPv4 address', '::ffff:203.0.113.7', '203.0.113.7'],
    ['IPv4-mapped IPv6 written in hex as the IPv4 address', '::ffff:cb00:7107', '203.0.113.7'],
    ['IPv4-mapped IPv6 written in full as the IPv4 address', '0:0:0:0:0:FFFF:203.0.113.7', '203.0.113.7'],
    ['a full IPv6 address by its /64', '2001:0db8:0001:0002:0003:0004:0005:0006', '2001:db8:1:2::/64'],
    ['a compressed IPv6 address by its /64', '2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['compression inside the prefix', '2001:db8::1:2:3:4', '2001:db8::/64'],
    ['compression across the prefix and the host part', '2001:db8:ab::cd', '2001:db8:ab::/64'],
    ['upper case', '2001:DB8:AB:CD:EF::1', '2001:db8:ab:cd::/64'],
    ['an IPv6 address with an IPv4 tail outside ::ffff:0:0/96 by its /64', '2001:db8:1:2::198.51.100.1', '2001:db8:1:2::/64'],
    ['loopback as itself', '::1', '::1'],
    ['loopback written in full as itself', '0:0:0:0:0:0:0:1', '::1'],
    ['a link-local address with its zone as itself', 'fe80::1%eth0', 'fe80::1%eth0'],
    ['a link-local address written long as itself', 'FE80:0:0:0:0:0:0:1%2', 'fe80::1%2'],
    ['a global address with a zone id by its /64', '2001:db8:1:2::5%eth0', '2001:db8:1:2::/64'],
    ['something that is not an address as it is', 'unknown', 'unknown'],
  ])('counts %s', (_what, address, group) => {
    expect(addressGroup(address)).toBe(group);
  });

  it('puts every address of one /64 in one group and neighbouring /64s in others', () => {
    const groups = ['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2:a:b:c:d'].map(addressGroup);
    expect(new Set(groups).size).toBe(1);
    expect(addressGroup('2001:db8:1:3::1')).not.toBe(groups[0]);
    expect(addressGroup('2001:db8:1:1::1')).not.toBe(groups[0]);
  });
});
