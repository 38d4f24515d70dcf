import { EIGEN_TAXONOMIE, hsdsOrganization, hsdsService, hsdsTaxonomy, hsdsTaxonomyTerms, taxonomyTerms, type Label } from './hsds';
import { flattenHsds, type HsdsTabular, type Tables } from './hsds-tabular';
import type { Aanbod } from './schema';

/** The HSDS records of the whole kaart, per JSON file, each with the official JSON Schema it must conform to. */
export function hsdsExport(aanbod: readonly Aanbod[], label: Label) {
  const kernen = [...new Set(aanbod.flatMap((a) => a.service.kernen))];
  return {
    'services.json': { schema: 'service.json', records: aanbod.map((a) => hsdsService(a, label)) },
    'organizations.json': { schema: 'organization.json', records: [...new Map(aanbod.map((a) => [a.organisatie.id, hsdsOrganization(a.organisatie)])).values()] },
    'taxonomies.json': { schema: 'taxonomy.json', records: Object.keys(taxonomyTerms(kernen)).map((t) => hsdsTaxonomy(t, label)) },
    'taxonomy_terms.json': { schema: 'taxonomy_term.json', records: hsdsTaxonomyTerms(kernen, label) },
  };
}

/**
 * The same records as HSDS tables (one row per record, nested lists as tables of their own). The taxonomy of our
 * own attributes (`krachtwijzer`: slug, demo) is listed too, so every attribute's term can be found.
 */
export function hsdsExportTables(schema: HsdsTabular, exported: ReturnType<typeof hsdsExport>, label: Label): Tables {
  const rows = (table: string, records: readonly object[]) => records.map((record) => ({ table, record: record as Record<string, unknown> }));
  return flattenHsds(schema, [
    ...rows('service', exported['services.json'].records), ...rows('organization', exported['organizations.json'].records),
    ...rows('taxonomy', [...exported['taxonomies.json'].records, hsdsTaxonomy(EIGEN_TAXONOMIE, label)]),
    ...rows('taxonomy_term', exported['taxonomy_terms.json'].records),
  ]);
}
