import { describe, expect, test } from 'vitest';
import { clientAddress, securityHeaders } from './http';

describe('clientAddress', () => {
  test('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7');
  });

  test('behind one proxy, is the address that proxy saw', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.1', 1)).toBe('198.51.100.1');
  });

  test('behind one proxy, ignores what the client put in front of the header itself', () => {
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.1', 1)).toBe('198.51.100.1');
  });

  test('behind two proxies, skips the inner proxy', () => {
    expect(clientAddress('10.0.0.3', '198.51.100.1, 10.0.0.2', 2)).toBe('198.51.100.1');
  });

  test('falls back to the leftmost address when the header has fewer hops than proxies', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.1', 3)).toBe('198.51.100.1');
  });

  test('is the socket address when a trusted proxy sent no header', () => {
    expect(clientAddress('10.0.0.2', null, 1)).toBe('10.0.0.2');
  });
});

describe('securityHeaders', () => {
  test('tell browsers to keep to https for a year when the public address is https', () => {
    expect(securityHeaders('https://krachtwijzer.middenveld.nl')['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
  });

  test('leave HSTS out when the public address is plain http', () => {
    expect(securityHeaders('http://127.0.0.1:4321')).not.toHaveProperty('Strict-Transport-Security');
  });
});
