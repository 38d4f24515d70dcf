import { LEVENSGEBIEDEN } from '../levensgebied/levensgebieden';
import { nameUuid } from './hsds-id';
import type { Aanbod } from './schema';
import { DOELGROEPEN, KENMERKEN, KOSTEN, SOORTEN, TOEGANG, VORMEN } from './taxonomie';

/**
 * Our data as Open Referral HSDS 3.0 JSON (https://docs.openreferral.org/en/v3.0/): the shape of the
 * read-only API under /api/hsds/ and of the export. Our taxonomies become HSDS taxonomies whose terms are
 * linked to services through attributes.
 */
export const HSDS_VERSION = '3.0';

/** Our taxonomies, each with its term keys. `kern` comes from the gemeente. */
export function taxonomyTerms(kernen: readonly string[]): Record<string, readonly string[]> {
  return { levensgebied: LEVENSGEBIEDEN, soort: SOORTEN, vorm: VORMEN, toegang: TOEGANG, kosten: KOSTEN, kern: kernen, doelgroep: DOELGROEPEN, kenmerk: KENMERKEN };
}

/** Human text for a taxonomy or term; the API passes the Dutch interface texts in. */
export type Label = (taxonomy: string, term?: string) => string;

export const taxonomyId = (taxonomy: string) => nameUuid(`krachtwijzer:taxonomy:${taxonomy}`);
export const termId = (taxonomy: string, term: string) => nameUuid(`krachtwijzer:term:${taxonomy}:${term}`);

export function hsdsTaxonomy(taxonomy: string, label: Label) {
  return { id: taxonomyId(taxonomy), name: taxonomy, description: label(taxonomy) };
}

export function hsdsTaxonomyTerm(taxonomy: string, term: string, label: Label) {
  return { id: termId(taxonomy, term), code: term, name: label(taxonomy, term), description: label(taxonomy, term), taxonomy: taxonomy, taxonomy_id: taxonomyId(taxonomy), language: 'nl' };
}

/** Every taxonomy term of every taxonomy. */
export function hsdsTaxonomyTerms(kernen: readonly string[], label: Label) {
  return Object.entries(taxonomyTerms(kernen)).flatMap(([taxonomy, terms]) => terms.map((term) => hsdsTaxonomyTerm(taxonomy, term, label)));
}

/** The taxonomy/term pairs that describe one service. */
export function serviceTerms({ service: s }: Aanbod): [string, string][] {
  return [
    ...s.levensgebieden.map((v) => ['levensgebied', v] as [string, string]), ['soort', s.soort], ...s.vorm.map((v) => ['vorm', v] as [string, string]),
    ['toegang', s.toegang], ['kosten', s.kosten], ...s.kernen.map((v) => ['kern', v] as [string, string]),
    ...s.doelgroepen.map((v) => ['doelgroep', v] as [string, string]), ...s.kenmerken.map((v) => ['kenmerk', v] as [string, string]),
  ];
}

/** The organisation as an HSDS organization (without nested services). */
export function hsdsOrganization(o: Aanbod['organisatie']) {
  return { id: o.id, name: o.name, description: o.description, ...(o.email ? { email: o.email } : {}), ...(o.website ? { website: o.website } : {}) };
}

/**
 * Our own fields without an HSDS field of their own travel as attributes with a value
 * (HSDS attribute.value), in the taxonomy `krachtwijzer`: the page address (slug) and the demo label.
 */
export const EIGEN_TAXONOMIE = 'krachtwijzer';
const eigenAttribute = (linkId: string, linkType: 'service' | 'organization', term: 'slug' | 'demo', value: string) => ({
  id: nameUuid(`krachtwijzer:attribute:${linkId}:${EIGEN_TAXONOMIE}:${term}`), link_id: linkId, link_type: linkType, link_entity: linkType,
  taxonomy_term_id: termId(EIGEN_TAXONOMIE, term), value,
  taxonomy_term: { id: termId(EIGEN_TAXONOMIE, term), code: term, name: term, description: term === 'slug' ? 'Adres van de pagina in Krachtwijzer' : 'Verzonnen voorbeeld (demo)',
    taxonomy: EIGEN_TAXONOMIE, taxonomy_id: taxonomyId(EIGEN_TAXONOMIE), language: 'nl' },
});

/** One entry as a fully nested HSDS service. */
export function hsdsService(a: Aanbod, label: Label) {
  const s = a.service;
  return {
    id: s.id, organization_id: a.organisatie.id, name: s.name, description: s.description,
    ...(s.url ? { url: s.url } : {}), ...(s.email ? { email: s.email } : {}),
    status: 'active', assured_date: s.assured_date,
    fees_description: s.cost_options.map((c) => c.description).filter(Boolean).join(' ') || label('kosten', s.kosten),
    phones: s.phones.map((p) => ({ id: p.id, service_id: s.id, number: p.number, ...(p.description ? { description: p.description } : {}) })),
    schedules: s.schedules.map((sc) => ({ id: sc.id, service_id: s.id, description: sc.description })),
    cost_options: s.cost_options.map((c) => ({ id: c.id, service_id: s.id, ...(c.description ? { option: c.description } : {}),
      ...(c.amount !== undefined ? { amount: c.amount, currency: c.currency ?? 'EUR' } : {}) })),
    service_at_locations: s.locations.map((l) => ({
      id: nameUuid(`krachtwijzer:sal:${s.id}:${l.id}`), service_id: s.id, location_id: l.id,
      location: {
        id: l.id, location_type: 'physical', name: l.name,
        addresses: [{ id: nameUuid(`krachtwijzer:address:${l.id}`), location_id: l.id, address_1: l.address_1, city: l.city,
          state_province: '', postal_code: l.postal_code ?? '', country: 'NL', address_type: 'physical' }],
      },
    })),
    ...(s.contact_name ? { contacts: [{ id: nameUuid(`krachtwijzer:contact:${s.id}`), service_id: s.id, name: s.contact_name }] } : {}),
    attributes: [...serviceTerms(a).map(([taxonomy, term]) => ({
      id: nameUuid(`krachtwijzer:attribute:${s.id}:${taxonomy}:${term}`), link_id: s.id, link_type: 'service', link_entity: 'service',
      taxonomy_term_id: termId(taxonomy, term), taxonomy_term: hsdsTaxonomyTerm(taxonomy, term, label),
    })), eigenAttribute(s.id, 'service', 'slug', s.slug)],
    organization: { ...hsdsOrganization(a.organisatie), attributes: [eigenAttribute(a.organisatie.id, 'organization', 'demo', String(a.organisatie.demo))] },
  };
}

/** A page of results in the shape of the HSDS OpenAPI `Page`, with the records in `contents`. */
export function hsdsPage<T>(all: readonly T[], page: number, perPage: number) {
  const total_pages = Math.max(1, Math.ceil(all.length / perPage));
  const page_number = Math.min(Math.max(1, page), total_pages);
  const contents = all.slice((page_number - 1) * perPage, page_number * perPage);
  return { total_items: all.length, total_pages, page_number, size: contents.length, first_page: page_number === 1,
    last_page: page_number === total_pages, empty: all.length === 0, contents };
}
