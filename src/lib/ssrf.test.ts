import { describe, expect, it } from 'vitest';
import { embeddedIpv4, isPublicAddress, resolveSafeTarget } from './ssrf.ts';

describe('isPublicAddress', () => {
  it.each([
    '0.0.0.0',
    '10.0.0.1',
    '100.64.0.1',
    '100.100.100.200',
    '127.0.0.1',
    '127.255.255.254',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '192.0.0.170',
    '198.18.0.1',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:a00:1',
    '64:ff9b::a00:1',
    '2002:a00:1::1',
    '2001:db8::1',
    '::127.0.0.1',
    'not an ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '2a00:1450:4001::1',
  ])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('extracts IPv4 from mapped, NAT64 and 6to4 addresses', () => {
    expect(embeddedIpv4('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(embeddedIpv4('::ffff:a01:203')).toBe('10.1.2.3');
    expect(embeddedIpv4('64:ff9b::a01:203')).toBe('10.1.2.3');
    expect(embeddedIpv4('2002:a01:203::')).toBe('10.1.2.3');
    expect(embeddedIpv4('2606:4700::1')).toBeNull();
  });
});

describe('resolveSafeTarget', () => {
  const strict = { allowPrivate: false };
  it('requires https unless private URLs are allowed', async () => {
    await expect(resolveSafeTarget('http://93.184.215.14/', strict)).rejects.toThrow('must use https');
    await expect(resolveSafeTarget('http://127.0.0.1:8080/', { allowPrivate: true })).resolves.toMatchObject({
      address: '127.0.0.1',
      family: 4,
    });
    await expect(resolveSafeTarget('file:///etc/passwd', { allowPrivate: true })).rejects.toThrow(
      'must use https',
    );
  });

  it('refuses private literals and names resolving to private addresses', async () => {
    await expect(resolveSafeTarget('https://127.0.0.1/', strict)).rejects.toThrow('non-public');
    await expect(resolveSafeTarget('https://[::ffff:169.254.169.254]/', strict)).rejects.toThrow(
      'non-public',
    );
    await expect(resolveSafeTarget('https://localhost/', strict)).rejects.toThrow('non-public');
    await expect(resolveSafeTarget('https://93.184.215.14/x', strict)).resolves.toMatchObject({
      address: '93.184.215.14',
    });
  });
});
