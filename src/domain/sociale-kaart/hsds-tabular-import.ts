import { importHsdsServices, type ImportResult } from './hsds-import';
import { atRow, fileOf, rowProblems, typedRow, type HsdsTabular, type Tables } from './hsds-tabular';

type Rec = Record<string, unknown>;
/** Where a nested part of service record i came from: path prefix ("phones.0") → table and row index. */
type Origin = Map<string, { table: string; index: number }>;

/** Our field names where the HSDS column has another name, per table. */
const COLUMN: Record<string, string> = { 'cost_option.description': 'option' };
/** Our service fields that travel as attributes (attributes.csv), not as a column. */
const FROM_ATTRIBUTES = new Set(['slug', 'levensgebieden', 'soort', 'vorm', 'toegang', 'kosten', 'kernen', 'doelgroepen', 'kenmerken']);

/**
 * An HSDS tabular data package (rows per table) as our organisations. Every row is checked against the standard's
 * column definitions, every link (service_id, taxonomy_term_id, …) must lead somewhere, and then every service is
 * checked with the same schema as the content files. Each problem names the file, the row and the field
 * ("phones.csv row 4: number: write a phone number like 0592 000 000"); records with problems are left out.
 */
export function importHsdsTabular(schema: HsdsTabular, tables: Tables): ImportResult {
  const problems: string[] = [];
  const rows = (name: string) => tables[name] ?? [];
  const valid = (name: string) => rows(name).map((row, index) => {
    const p = rowProblems(schema, name, row, index);
    problems.push(...p);
    return { index, record: typedRow(schema, name, row), ok: p.length === 0 };
  });
  const byId = (name: string) => new Map(valid(name).map((r) => [String(r.record.id), r]));
  /** Rows of `name` grouped by their link to a parent; a link that leads nowhere is a problem. */
  const children = (name: string, link: string, parents: Map<string, unknown>) => {
    const groups = new Map<string, { index: number; record: Rec; ok: boolean }[]>();
    for (const r of valid(name)) {
      const to = r.record[link];
      if (to === undefined) continue;
      if (!parents.has(String(to))) {
        problems.push(`${atRow(fileOf(schema, name), r.index, link)}: nothing with this id in ${fileOf(schema, link.replace(/_id$/, ''))}`);
        continue;
      }
      groups.set(String(to), [...(groups.get(String(to)) ?? []), r]);
    }
    return groups;
  };

  const services = valid('service');
  const serviceIds = new Map(services.map((s) => [String(s.record.id), s]));
  const organizations = byId('organization');
  const terms = byId('taxonomy_term');
  const locations = byId('location');
  const attributes = children('attribute', 'link_id', new Map([...serviceIds, ...organizations]));
  for (const list of attributes.values()) {
    for (const a of list) {
      if (!terms.has(String(a.record.taxonomy_term_id))) {
        problems.push(`${atRow(fileOf(schema, 'attribute'), a.index, 'taxonomy_term_id')}: nothing with this id in ${fileOf(schema, 'taxonomy_term')}`);
      }
    }
  }
  const addresses = children('address', 'location_id', locations);
  const phones = children('phone', 'service_id', serviceIds);
  const schedules = children('schedule', 'service_id', serviceIds);
  const costOptions = children('cost_option', 'service_id', serviceIds);
  const contacts = children('contact', 'service_id', serviceIds);
  const sal = children('service_at_location', 'service_id', serviceIds);
  for (const list of sal.values()) {
    for (const s of list) {
      if (!locations.has(String(s.record.location_id))) problems.push(`${atRow(fileOf(schema, 'service_at_location'), s.index, 'location_id')}: nothing with this id in ${fileOf(schema, 'location')}`);
    }
  }

  const withTerms = (id: string) => (attributes.get(id) ?? []).map((a) => ({ ...a.record, taxonomy_term: terms.get(String(a.record.taxonomy_term_id))?.record }));
  const origins: Origin[] = [];
  const broken = new Set<number>();
  const nested = services.map((s, i) => {
    const id = String(s.record.id);
    const origin: Origin = new Map([['', { table: 'service', index: s.index }]]);
    const list = (key: string, name: string, groups: Map<string, { index: number; record: Rec; ok: boolean }[]>) =>
      (groups.get(id) ?? []).map((r, j) => {
        origin.set(`${key}.${j}`, { table: name, index: r.index });
        if (!r.ok) broken.add(i);
        return r.record;
      });
    const org = organizations.get(String(s.record.organization_id));
    if (org) origin.set('organization', { table: 'organization', index: org.index });
    if (!s.ok || (org && !org.ok)) broken.add(i);
    const locatedAt = list('service_at_locations', 'service_at_location', sal).map((x, j) => {
      const location = locations.get(String(x.location_id));
      if (!location) return x;
      origin.set(`locations.${j}`, { table: 'location', index: location.index });
      const address = addresses.get(String(location.record.id))?.[0];
      if (address) origin.set(`locations.${j}.address`, { table: 'address', index: address.index });
      return { ...x, location: { ...location.record, addresses: address ? [address.record] : [] } };
    });
    origins.push(origin);
    return {
      ...s.record, ...(org ? { organization: { ...org.record, attributes: withTerms(String(org.record.id)) } } : {}),
      phones: list('phones', 'phone', phones), schedules: list('schedules', 'schedule', schedules), cost_options: list('cost_options', 'cost_option', costOptions),
      contacts: list('contacts', 'contact', contacts), service_at_locations: locatedAt, attributes: withTerms(id),
    };
  });

  /** A problem found on service record i at `path` (ours or HSDS's), as file, row and field. */
  const locate = (i: number, path: readonly PropertyKey[]) => {
    const origin = origins[i]!;
    const [head, index, ...rest] = path.map(String);
    if (head === 'organization' && origin.has('organization')) return at(origin.get('organization')!, [index, ...rest].filter(Boolean).join('.'));
    if (head === 'locations' && index !== undefined) {
      const field = rest.join('.');
      const address = origin.get(`locations.${index}.address`);
      if (address && ['address_1', 'postal_code', 'city'].includes(field)) return at(address, field);
      if (origin.has(`locations.${index}`)) return at(origin.get(`locations.${index}`)!, field);
    }
    if (head && index !== undefined && origin.has(`${head}.${index}`)) return at(origin.get(`${head}.${index}`)!, rest.join('.'));
    if (head === 'contact_name' && origin.has('contacts.0')) return at(origin.get('contacts.0')!, 'name');
    const field = head === undefined ? '(record)' : path.join('.');
    return at(origin.get('')!, FROM_ATTRIBUTES.has(head ?? '') ? `${field} (from ${fileOf(schema, 'attribute')})` : field);
  };
  const at = ({ table, index }: { table: string; index: number }, field: string) => atRow(fileOf(schema, table), index, COLUMN[`${table}.${field}`] ?? (field || '(row)'));

  // A service whose own rows already failed the column checks is left out; its problems are listed above.
  const keep = nested.flatMap((n, i) => (broken.has(i) || !n.organization ? [] : [{ n, i }]));
  for (const [i, n] of nested.entries()) {
    if (!n.organization && !broken.has(i)) problems.push(`${atRow(fileOf(schema, 'service'), services[i]!.index, 'organization_id')}: nothing with this id in ${fileOf(schema, 'organization')}`);
  }
  const result = importHsdsServices(keep.map((k) => k.n), {
    locate: (j, path) => locate(keep[j]!.i, path),
    locateOrganisation: (orgId, path) => {
      const org = organizations.get(orgId);
      return org ? atRow(fileOf(schema, 'organization'), org.index, path.join('.') || '(row)') : `organisation ${orgId}: ${path.join('.')}`;
    },
  });
  return { organisaties: result.organisaties, problems: [...problems, ...result.problems] };
}
