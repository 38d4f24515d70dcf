import { OrganisatieSchema, toAanbod, type Aanbod, type OrganisatieInput } from './schema';

type ServiceInput = OrganisatieInput['services'][number];
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** A valid entry for unit tests; override what the test is about. */
export function testAanbod(overrides: Partial<ServiceInput> = {}): Aanbod {
  const service: ServiceInput = {
    id: uuid(), slug: `aanbod-${n}`, name: `Aanbod ${n}`, description: 'Een voorbeeld.', assured_date: '2026-10-01',
    levensgebieden: ['huishouden'], soort: 'informeel', vorm: ['individueel'], toegang: 'zelf', kosten: 'gratis',
    phones: [{ id: uuid(), number: '0592 000 000' }], schedules: [{ id: uuid(), description: 'Dinsdag.' }], ...overrides,
  };
  return toAanbod([OrganisatieSchema.parse({ id: uuid(), name: 'Test', description: 'Test.', services: [service] })])[0]!;
}
