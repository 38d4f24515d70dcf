import { z } from 'zod';
import { EIGEN_TAXONOMIE } from './hsds';
import { OrganisatieSchema, ServiceSchema, type Organisatie, type OrganisatieInput } from './schema';

/** A required text; missing, it says what to do (zod's own message would be "expected string, received undefined"). */
const text = z.string({ error: 'fill this in' });

/** What we read of an HSDS 3.0 service (fully nested, as /api/hsds/services gives it). Unknown fields are ignored. */
const HsdsServiceIn = z.looseObject({
  id: text, name: text, description: z.string().optional(), url: z.string().optional(), email: z.string().optional(),
  assured_date: z.string().optional(),
  organization: z.looseObject({
    id: text, name: text, description: text, email: z.string().optional(), website: z.string().optional(),
    attributes: z.array(z.looseObject({ value: z.string().optional(), taxonomy_term: z.looseObject({ taxonomy: z.string().optional(), code: z.string().optional() }).optional() })).optional(),
  }),
  phones: z.array(z.looseObject({ id: text, number: text, description: z.string().optional() })).optional(),
  schedules: z.array(z.looseObject({ id: text, description: z.string().optional() })).optional(),
  cost_options: z.array(z.looseObject({ id: text, option: z.string().optional(), amount: z.number().optional(), currency: z.string().optional() })).optional(),
  contacts: z.array(z.looseObject({ name: z.string().optional() })).optional(),
  service_at_locations: z.array(z.looseObject({ location: z.looseObject({ id: text, name: z.string().optional(),
    addresses: z.array(z.looseObject({ address_1: text, city: text, postal_code: z.string().optional() })).optional() }) })).optional(),
  attributes: z.array(z.looseObject({ value: z.string().optional(), taxonomy_term: z.looseObject({ taxonomy: z.string().optional(), code: z.string().optional() }).optional() })).optional(),
});
type HsdsServiceIn = z.infer<typeof HsdsServiceIn>;

const terms = (s: { attributes?: HsdsServiceIn['attributes'] }, taxonomy: string) =>
  (s.attributes ?? []).filter((a) => a.taxonomy_term?.taxonomy === taxonomy).map((a) => a.taxonomy_term?.code ?? '');
const eigen = (s: { attributes?: HsdsServiceIn['attributes'] }, code: string) =>
  (s.attributes ?? []).find((a) => a.taxonomy_term?.taxonomy === EIGEN_TAXONOMIE && a.taxonomy_term.code === code)?.value;
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/** One HSDS service as our service (input shape; our schema checks it next). */
function toService(s: HsdsServiceIn): OrganisatieInput['services'][number] {
  return defined({
    id: s.id, slug: eigen(s, 'slug'), name: s.name, description: s.description, contact_name: s.contacts?.[0]?.name, email: s.email, url: s.url,
    assured_date: s.assured_date, levensgebieden: terms(s, 'levensgebied'), soort: terms(s, 'soort')[0], vorm: terms(s, 'vorm'),
    toegang: terms(s, 'toegang')[0], kosten: terms(s, 'kosten')[0], kernen: terms(s, 'kern'), doelgroepen: terms(s, 'doelgroep'), kenmerken: terms(s, 'kenmerk'),
    phones: (s.phones ?? []).map((p) => defined({ id: p.id, number: p.number, description: p.description })),
    schedules: (s.schedules ?? []).map((sc) => ({ id: sc.id, description: sc.description })),
    cost_options: (s.cost_options ?? []).map((c) => defined({ id: c.id, description: c.option, amount: c.amount, currency: c.currency })),
    locations: (s.service_at_locations ?? []).map(({ location: l }) => defined({ id: l.id, name: l.name, address_1: l.addresses?.[0]?.address_1,
      postal_code: l.addresses?.[0]?.postal_code, city: l.addresses?.[0]?.city })),
  }) as OrganisatieInput['services'][number];
}

/** The outcome of reading HSDS services: organisations that passed, and one line per problem ("record 3 (id …): soort: …"). */
export interface ImportResult { organisaties: Organisatie[]; problems: string[] }

/** Where a problem lies, as text: "record 3 (id …): soort". The tabular import says file and row instead. */
export interface ImportLocator {
  locate(index: number, path: readonly PropertyKey[]): string;
  locateOrganisation(id: string, path: readonly PropertyKey[]): string;
}

/**
 * HSDS 3.0 services (a list, or a page with `contents`) as our organisation files. Every record is checked
 * with the same zod schema as the content files; invalid records are reported with their number and field
 * and left out. The caller decides: import nothing when there are problems, or only the valid ones.
 */
export function importHsdsServices(data: unknown, locator?: ImportLocator): ImportResult {
  const records = Array.isArray(data) ? data : z.object({ contents: z.array(z.unknown()) }).safeParse(data).data?.contents;
  if (!records) return { organisaties: [], problems: ['(file): expected a list of HSDS services, or a page with "contents"'] };
  const problems: string[] = [];
  const byOrg = new Map<string, OrganisatieInput>();
  records.forEach((raw, i) => {
    const where = (path: readonly PropertyKey[]) => locator?.locate(i, path)
      ?? `record ${i + 1}${typeof raw === 'object' && raw && 'id' in raw ? ` (id ${String(raw.id)})` : ''}: ${path.join('.') || '(record)'}`;
    const parsed = HsdsServiceIn.safeParse(raw);
    if (!parsed.success) return void problems.push(...parsed.error.issues.map((x) => `${where(x.path)}: ${x.message}`));
    const service = toService(parsed.data);
    const checked = ServiceSchema.safeParse(service);
    if (!checked.success) return void problems.push(...checked.error.issues.map((x) => `${where(x.path)}: ${x.message}`));
    const o = parsed.data.organization;
    const org = byOrg.get(o.id) ?? defined({ id: o.id, name: o.name, description: o.description, demo: eigen(o, 'demo') === 'true', email: o.email, website: o.website, services: [] });
    org.services.push(service);
    byOrg.set(o.id, org);
  });
  const organisaties = [...byOrg.values()].flatMap((org) => {
    const result = OrganisatieSchema.safeParse(org);
    if (!result.success) {
      problems.push(...result.error.issues.map((x) => `${locator?.locateOrganisation(org.id, x.path) ?? `organisation ${org.id}: ${x.path.join('.')}`}: ${x.message}`));
    }
    return result.success ? [result.data] : [];
  });
  return { organisaties, problems };
}
