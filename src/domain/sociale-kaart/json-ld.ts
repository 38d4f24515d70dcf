import type { Aanbod } from './schema';

/**
 * schema.org JSON-LD for one entry: GovernmentService when it goes through the gemeente, Service otherwise.
 * Data, not script: it is never executed, so the Content-Security-Policy does not apply to it.
 */
export function toJsonLd({ service: s, organisatie }: Aanbod, gemeenteNaam: string, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': s.toegang === 'via-gemeente' ? 'GovernmentService' : 'Service',
    '@id': url,
    identifier: s.id,
    url,
    name: s.name,
    description: s.description,
    provider: { '@type': 'Organization', name: organisatie.name, ...(organisatie.website ? { url: organisatie.website } : {}) },
    areaServed: s.kernen.length > 0 ? s.kernen.map((name) => ({ '@type': 'Place', name })) : { '@type': 'AdministrativeArea', name: gemeenteNaam },
    isAccessibleForFree: s.kosten === 'gratis',
    availableChannel: {
      '@type': 'ServiceChannel',
      ...(s.phones[0] ? { servicePhone: { '@type': 'ContactPoint', telephone: s.phones[0].number } } : {}),
      ...(s.locations[0] ? {
        serviceLocation: {
          '@type': 'Place', name: s.locations[0].name,
          address: { '@type': 'PostalAddress', streetAddress: s.locations[0].address_1, addressLocality: s.locations[0].city, postalCode: s.locations[0].postal_code },
        },
      } : {}),
    },
    hoursAvailable: s.schedules.map((sc) => sc.description).join(' '),
  };
}

/** JSON for inside a <script> element: "<" escaped, so no text can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
