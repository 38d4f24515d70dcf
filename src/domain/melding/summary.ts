import type { LevensgebiedId } from '../levensgebied/levensgebieden';
import { STEP_PATHS } from '../journey/steps';
import { eersteContact, eerstPersoonVragen } from '../samen/invuller';
import { KERN_ANDERS, plaatsVan, type HulpMarkering, type Invuller, type LevensgebiedAntwoorden, type MeldingInhoud, type Toestemming } from './schema';

/** One piece of an answer: the person's own words, or a chosen option (an i18n key). */
export type SummaryPart =
  | { kind: 'text'; text: string }
  | { kind: 'option'; key: string }
  | { kind: 'labelled'; labelKey: string; text: string };

/** One line of the summary. No parts means "Niet ingevuld". */
export interface SummaryRow {
  label: { key: string } | { text: string };
  parts: SummaryPart[];
  /** Set on what a helper added: shown apart from the inwoner's own words. */
  bron?: 'helper';
}

/** One group of the summary, matching one step of the journey. */
export interface SummarySection {
  id: string;
  titleKey: string;
  /** Where "Wijzig" leads (without locale prefix). */
  editPath?: string;
  rows: SummaryRow[];
}

const text = (value: string | undefined): SummaryPart[] => (value ? [{ kind: 'text', text: value }] : []);
const option = (prefix: string, value: string | undefined): SummaryPart[] => (value ? [{ kind: 'option', key: `${prefix}.${value}` }] : []);
const row = (key: string, parts: SummaryPart[]): SummaryRow => ({ label: { key }, parts });
/** The helper's addition, only when there is one. */
const helperRow = (value: string | undefined): SummaryRow[] => (value ? [{ label: { key: 'summary.aanvullingHelper' }, parts: text(value), bron: 'helper' }] : []);

function invullerSection(inhoud: MeldingInhoud): SummarySection {
  const i = inhoud.invuller;
  const rows = [row('summary.invuller.wie', option('opties.invuller', i?.wie))];
  if (i?.wie === 'samen') {
    rows.push(row('summary.invuller.helperNaam', text(i.helperNaam)), row('summary.invuller.helperRol', text(i.helperRol)),
      row('summary.invuller.helperOrganisatie', text(i.helperOrganisatie)));
    if (i.dorpssteunpunt) rows.push(row('summary.invuller.dorpssteunpunt', text(i.dorpssteunpunt)));
  }
  if (i?.wie === 'namens') rows.push(...namensRows(i));
  return { id: 'invuller', titleKey: 'summary.invuller.title', editPath: STEP_PATHS.wie, rows };
}

/** On someone's behalf: who filled it in and how to reach them, what the person knows, and whom the gemeente contacts first. */
function namensRows(i: Extract<Invuller, { wie: 'namens' }>): SummaryRow[] {
  return [
    row('summary.invuller.naam', text(i.naam)),
    row('summary.invuller.relatie', text(i.relatie)),
    row('summary.invuller.telefoon', text(i.telefoon)),
    row('summary.invuller.email', text(i.email)),
    row('summary.invuller.weetPersoon', option('summary.invuller.weetPersoon', i.weetPersoon)),
    row('summary.invuller.eersteContact', [...option('summary.invuller.eersteContact', eersteContact(i)),
      ...(eerstPersoonVragen(i) ? [{ kind: 'option' as const, key: 'summary.invuller.eerstPersoon' }] : [])]),
  ];
}

function levensgebiedenSection(inhoud: MeldingInhoud): SummarySection {
  return {
    id: 'levensgebieden', titleKey: 'summary.levensgebieden.title', editPath: STEP_PATHS.levensgebieden,
    rows: [row('summary.levensgebieden.gekozen', inhoud.levensgebieden.map((id) => ({ kind: 'option' as const, key: `levensgebied.${id}.title` })))],
  };
}

function wensenSection(inhoud: MeldingInhoud): SummarySection {
  return {
    id: 'wensen', titleKey: 'summary.wensen.title', editPath: STEP_PATHS.wensen,
    rows: [row('summary.wensen.wondervraag', text(inhoud.wensen?.wondervraag)), row('summary.wensen.eigenIdee', text(inhoud.wensen?.eigenIdee)),
      ...helperRow(inhoud.wensen?.aanvullingHelper)],
  };
}

function levensgebiedSection(id: LevensgebiedId, a: LevensgebiedAntwoorden | undefined, hulp: readonly HulpMarkering[] = []): SummarySection {
  const moeite: SummaryPart[] = [...(a?.moeiteMet ?? []).map((m) => ({ kind: 'option' as const, key: `levensgebied.${id}.moeite.${m}` })), ...text(a?.moeiteAnders)];
  const wieHelpt: SummaryPart[] = a?.niemandHelpt ? [{ kind: 'option', key: 'opties.niemandHelpt' }, ...text(a.wieHelpt)] : text(a?.wieHelpt);
  return {
    id: `levensgebied-${id}`, titleKey: `levensgebied.${id}.title`, editPath: `/levensgebieden/${id}`,
    rows: [
      row('summary.levensgebied.hoeGaatHet', option('opties.hoeGaatHet', a?.hoeGaatHet)),
      row('summary.levensgebied.watLuktZelf', text(a?.watLuktZelf)),
      row('summary.levensgebied.moeiteMet', moeite),
      row('summary.levensgebied.wieHelpt', wieHelpt),
      row('summary.levensgebied.watWilIk', text(a?.watWilIk)),
      row('summary.levensgebied.waaromBelangrijk', text(a?.waaromBelangrijk)),
      row('summary.levensgebied.overPraten', option('opties.jaNeeWeetNiet', a?.overPraten)),
      // Offers marked on the "hulp in de buurt" step: an idea of the inwoner, never a decision. Only shown when there are any.
      ...(hulp.length > 0 ? [row('summary.levensgebied.hulpInDeBuurt',
        hulp.map((h) => ({ kind: 'labelled' as const, labelKey: `opties.hulpMarkering.${h.markering}`, text: h.naam })))] : []),
      ...helperRow(a?.aanvullingHelper),
    ],
  };
}

function netwerkSection(inhoud: MeldingInhoud): SummarySection {
  const personen = inhoud.netwerk?.personen ?? [];
  const professionals = inhoud.netwerk?.professionals ?? [];
  const rows: SummaryRow[] = personen.map((p) => ({
    label: { text: p.naam },
    parts: [...option('opties.relatie', p.relatie), ...text(p.watDoetHij), ...option('opties.hoeVaak', p.hoeVaak),
      ...option('opties.kanMeer', p.kanMeer), ...(p.lieverNiet ? [{ kind: 'labelled' as const, labelKey: 'summary.netwerk.lieverNiet', text: p.lieverNiet }] : [])],
  }));
  rows.push(...professionals.map((p) => ({
    label: { text: p.naam },
    parts: [{ kind: 'option' as const, key: 'summary.netwerk.professional' }, ...text(p.watDoetHij), ...option('opties.hoeVaak', p.hoeVaak)],
  })));
  if (rows.length === 0) rows.push(row('summary.netwerk.mensen', []));
  const m = inhoud.mantelzorg;
  rows.push(row('summary.mantelzorg.zorgtVoorIemand', option('opties.jaNee', m?.zorgtVoorIemand)));
  if (m?.zorgtVoorIemand === 'ja') rows.push(row('summary.mantelzorg.voorWie', text(m.voorWie)), row('summary.mantelzorg.teZwaar', option('opties.teZwaar', m.teZwaar)));
  return { id: 'netwerk', titleKey: 'summary.netwerk.title', editPath: STEP_PATHS.mensen, rows };
}

function gesprekSection(inhoud: MeldingInhoud): SummarySection {
  const g = inhoud.gesprek;
  return {
    id: 'gesprek', titleKey: 'summary.gesprek.title', editPath: STEP_PATHS.gesprek,
    rows: [
      row('summary.gesprek.waar', option('opties.waar', g?.waar)),
      row('summary.gesprek.wanneer', [...(g?.wanneer ?? []).flatMap((d) => option('opties.dagdeel', d)), ...text(g?.wanneerToelichting)]),
      row('summary.gesprek.wieErbij', text(g?.wieErbij)),
      row('summary.gesprek.clientondersteuner', option('opties.jaNeeWeetNiet', g?.clientondersteuner)),
      row('summary.gesprek.taal', text(g?.taal)),
      row('summary.gesprek.tolk', option('opties.jaNee', g?.tolk)),
      row('summary.gesprek.bijzonderheden', text(g?.bijzonderheden)),
    ],
  };
}

function contactSection(inhoud: MeldingInhoud): SummarySection {
  const c = inhoud.contact;
  const adres = c && (c.straat || c.postcode || c.woonplaats) ? [c.straat, [c.postcode, plaatsVan(c)].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  return {
    // On someone's behalf these are the person's details, not the invuller's: the title says so.
    id: 'contact', titleKey: inhoud.invuller?.wie === 'namens' ? 'summary.contact.title.namens' : 'summary.contact.title', editPath: STEP_PATHS.contact,
    rows: [
      row('summary.contact.naam', text(c?.naam)), row('summary.contact.telefoon', text(c?.telefoon)),
      row('summary.contact.email', text(c?.email)), row('summary.contact.adres', text(adres)),
      row('summary.contact.kern', c?.kern === KERN_ANDERS ? [{ kind: 'option', key: 'contact.kern.anders' }] : text(c?.kern)), row('summary.contact.voorkeur', option('opties.voorkeur', c?.voorkeur)),
    ],
  };
}

/** Consent to be contacted. On someone's behalf the invuller gave it, and the person may not know yet: never a bare "Ja". */
function toestemmingSection(t: Toestemming, invuller: Invuller | undefined): SummarySection {
  const contact = invuller?.wie !== 'namens' ? 'opties.jaNee.ja' : `summary.toestemming.contact.namens.${eerstPersoonVragen(invuller) ? 'nee' : 'ja'}`;
  return {
    id: 'toestemming', titleKey: 'summary.toestemming.title',
    rows: [
      row('summary.toestemming.gedeeld', t.gedeeld.map((id) => ({ kind: 'option', key: `levensgebied.${id}.title` }))),
      row('summary.toestemming.contact', [{ kind: 'option', key: contact }]),
    ],
  };
}

/**
 * "Mijn verhaal voor het gesprek": the story grouped per step, in the order the journey asks (domain brief, section 6),
 * so each "Wijzig" link leads one step further.
 * The same summary serves the check page (a draft) and the confirmation (a sent melding, with its consent).
 */
export function buildSummary(inhoud: MeldingInhoud, toestemming?: Toestemming): SummarySection[] {
  return [
    invullerSection(inhoud),
    levensgebiedenSection(inhoud),
    ...inhoud.levensgebieden.map((id) => levensgebiedSection(id, inhoud.antwoorden[id], inhoud.hulpInDeBuurt?.[id])),
    netwerkSection(inhoud),
    wensenSection(inhoud),
    gesprekSection(inhoud),
    contactSection(inhoud),
    ...(toestemming ? [toestemmingSection(toestemming, inhoud.invuller)] : []),
  ];
}
