import { describe, expect, test } from 'vitest';
import { scriptSafeJson, toJsonLd } from './json-ld';
import { testAanbod } from './test-aanbod';

describe('toJsonLd', () => {
  test('calls help through the gemeente a GovernmentService, and other help a Service', () => {
    const types = [testAanbod({ toegang: 'via-gemeente' }), testAanbod({ toegang: 'zelf' })].map((a) => toJsonLd(a, 'Gemeente X', 'https://x.example/a')['@type']);
    expect(types).toEqual(['GovernmentService', 'Service']);
  });

  test('serves the whole gemeente when no kern is named', () => {
    expect(toJsonLd(testAanbod(), 'Gemeente X', 'https://x.example/a').areaServed).toEqual({ '@type': 'AdministrativeArea', name: 'Gemeente X' });
  });
});

test('scriptSafeJson cannot close its script element', () => {
  expect(scriptSafeJson({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
});
