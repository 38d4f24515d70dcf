import { describe, expect, test } from 'vitest';
import { draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { journeySteps } from '../journey/steps';
import { chooseLevensgebieden, emptyDraft } from './draft';
import { buildSummary, type SummaryRow, type SummarySection } from './summary';
import { buildMelding } from './versturen';

const meta = { referentie: 'KW-ABCD-2345', verstuurdOp: new Date('2025-03-03T09:30:00.000Z'), taal: 'nl' };

function section(sections: SummarySection[], id: string): SummarySection {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function rowOf(s: SummarySection, labelKey: string): SummaryRow {
  const found = s.rows.find((r) => 'key' in r.label && r.label.key === labelKey);
  if (!found) throw new Error(`no row ${labelKey}`);
  return found;
}

describe('buildSummary', () => {
  test('groups the story per step: who, the chosen levensgebieden, each of them, network, wishes, gesprek, contact', () => {
    // Compared as sorted lists: the order is the next test's business.
    expect(buildSummary(draftSamenMetNetwerk).map((s) => s.id).sort()).toEqual(
      ['invuller', 'levensgebieden', 'wensen', 'levensgebied-vervoer', 'levensgebied-contact', 'netwerk', 'gesprek', 'contact'].sort());
  });

  test('shows the sections in the order the journey asks for them', () => {
    const steps = journeySteps(draftSamenMetNetwerk).map((s) => s.path);
    const order = buildSummary(draftSamenMetNetwerk).map((s) => steps.indexOf(s.editPath!));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('lets every section but consent link to the step that asks it', () => {
    const steps = journeySteps(draftSamenMetNetwerk).map((s) => s.path);
    expect(buildSummary(draftSamenMetNetwerk).filter((s) => !steps.includes(s.editPath ?? ''))).toEqual([]);
  });

  test('lists levensgebieden in display order, not in the order they were chosen', () => {
    const draft = chooseLevensgebieden(emptyDraft(), ['veiligheid', 'wonen', 'geld']);
    expect(buildSummary(draft).filter((s) => s.id.startsWith('levensgebied-')).map((s) => s.id))
      .toEqual(['levensgebied-wonen', 'levensgebied-geld', 'levensgebied-veiligheid']);
  });

  test('shows no section for answers of a levensgebied that is no longer chosen', () => {
    expect(buildSummary(draftNamensMetVeiligheid).map((s) => s.id)).not.toContain('levensgebied-wonen');
  });

  test('asks all six questions for a chosen levensgebied that was skipped, each without an answer ("Niet ingevuld")', () => {
    const rows = section(buildSummary(chooseLevensgebieden(emptyDraft(), ['geld'])), 'levensgebied-geld').rows;
    expect(rows.map((r) => [('key' in r.label ? r.label.key : r.label.text), r.parts])).toEqual([
      ['summary.levensgebied.hoeGaatHet', []],
      ['summary.levensgebied.watLuktZelf', []],
      ['summary.levensgebied.moeiteMet', []],
      ['summary.levensgebied.wieHelpt', []],
      ['summary.levensgebied.watWilIk', []],
      ['summary.levensgebied.waaromBelangrijk', []],
      ['summary.levensgebied.overPraten', []],
    ]);
  });

  test('shows an empty text as not answered', () => {
    // draftSamenMetNetwerk leaves "wat lukt zelf" open under contact.
    expect(rowOf(section(buildSummary(draftSamenMetNetwerk), 'levensgebied-contact'), 'summary.levensgebied.watLuktZelf').parts).toEqual([]);
  });

  test("keeps the inwoner's own words verbatim", () => {
    const eigenWoorden = 'Koken lukt nog, als ik mag zitten. <b>Niet</b> "tillen" & bukken!\nEn de trap?';
    const draft = { ...draftZelfHuishouden, antwoorden: { huishouden: { ...draftZelfHuishouden.antwoorden.huishouden!, watLuktZelf: eigenWoorden } } };
    expect(rowOf(section(buildSummary(draft), 'levensgebied-huishouden'), 'summary.levensgebied.watLuktZelf').parts)
      .toEqual([{ kind: 'text', text: eigenWoorden }]);
  });

  test('shows chosen options as i18n keys, never as the stored value', () => {
    const s = section(buildSummary(draftZelfHuishouden), 'levensgebied-huishouden');
    expect([rowOf(s, 'summary.levensgebied.hoeGaatHet').parts, rowOf(s, 'summary.levensgebied.overPraten').parts]).toEqual([
      [{ kind: 'option', key: 'opties.hoeGaatHet.niet-goed' }],
      [{ kind: 'option', key: 'opties.jaNeeWeetNiet.ja' }],
    ]);
  });

  test('shows ticked examples of a levensgebied, then "iets anders" in own words', () => {
    expect(rowOf(section(buildSummary(draftZelfHuishouden), 'levensgebied-huishouden'), 'summary.levensgebied.moeiteMet').parts).toEqual([
      { kind: 'option', key: 'levensgebied.huishouden.moeite.schoonmaken' },
      { kind: 'option', key: 'levensgebied.huishouden.moeite.boodschappen' },
      { kind: 'text', text: 'De ramen lappen.' },
    ]);
  });

  test('says "niemand helpt mij" when that box was ticked', () => {
    expect(rowOf(section(buildSummary(draftZelfHuishouden), 'levensgebied-huishouden'), 'summary.levensgebied.wieHelpt').parts)
      .toEqual([{ kind: 'option', key: 'opties.niemandHelpt' }]);
  });

  test('names each person of the network by the name the inwoner gave', () => {
    const rows = section(buildSummary(draftSamenMetNetwerk), 'netwerk').rows;
    expect(rows.flatMap((r) => ('text' in r.label ? [r.label.text] : []))).toEqual(['Jan', 'Buurvrouw Ans', 'Thuiszorg De Linde']);
  });

  test('shows what a person does, how often, whether they can do more and why not to ask them', () => {
    const ans = section(buildSummary(draftSamenMetNetwerk), 'netwerk').rows.find((r) => 'text' in r.label && r.label.text === 'Buurvrouw Ans');
    expect(ans?.parts).toEqual([
      { kind: 'option', key: 'opties.relatie.buur' },
      { kind: 'text', text: 'Haalt de krant.' },
      { kind: 'option', key: 'opties.hoeVaak.dagelijks' },
      { kind: 'option', key: 'opties.kanMeer.weet-niet' },
      { kind: 'labelled', labelKey: 'summary.netwerk.lieverNiet', text: 'Ze heeft het zelf druk met haar moeder.' },
    ]);
  });

  test('marks a professional as such, apart from the own network', () => {
    const thuiszorg = section(buildSummary(draftSamenMetNetwerk), 'netwerk').rows.find((r) => 'text' in r.label && r.label.text === 'Thuiszorg De Linde');
    expect(thuiszorg?.parts[0]).toEqual({ kind: 'option', key: 'summary.netwerk.professional' });
  });

  test('shows an empty network as one unanswered row', () => {
    expect(rowOf(section(buildSummary(draftZelfHuishouden), 'netwerk'), 'summary.netwerk.mensen').parts).toEqual([]);
  });

  test('asks for whom and how heavy only when the inwoner cares for someone', () => {
    const labels = (draft: typeof draftZelfHuishouden) =>
      section(buildSummary(draft), 'netwerk').rows.flatMap((r) => ('key' in r.label && r.label.key.startsWith('summary.mantelzorg') ? [r.label.key] : []));
    expect([labels(draftSamenMetNetwerk), labels(draftZelfHuishouden)]).toEqual([
      ['summary.mantelzorg.zorgtVoorIemand', 'summary.mantelzorg.voorWie', 'summary.mantelzorg.teZwaar'],
      ['summary.mantelzorg.zorgtVoorIemand'],
    ]);
  });

  test('names the helper when the melding was filled in together', () => {
    const parts = section(buildSummary(draftSamenMetNetwerk), 'invuller').rows.map((r) => r.parts);
    expect(parts).toEqual([
      [{ kind: 'option', key: 'opties.invuller.samen' }],
      [{ kind: 'text', text: 'Ria' }],
      [{ kind: 'text', text: 'vrijwilliger' }],
      [{ kind: 'text', text: 'Dorpssteunpunt Westerbork' }],
    ]);
  });

  test('says whether the person knows, when filled in on their behalf', () => {
    const s = section(buildSummary(draftNamensMetVeiligheid), 'invuller');
    expect(rowOf(s, 'summary.invuller.weetPersoon').parts).toEqual([{ kind: 'option', key: 'summary.invuller.weetPersoon.ja' }]);
  });

  test('writes the postal address on one line', () => {
    expect(rowOf(section(buildSummary(draftNamensMetVeiligheid), 'contact'), 'summary.contact.adres').parts)
      .toEqual([{ kind: 'text', text: 'Kerkstraat 4, 9411 AB Beilen' }]);
  });

  test('shows "ergens anders" as kern by its i18n key', () => {
    expect(rowOf(section(buildSummary(draftNamensMetVeiligheid), 'contact'), 'summary.contact.kern').parts)
      .toEqual([{ kind: 'option', key: 'contact.kern.anders' }]);
  });

  test('lists the chosen times of day for het gesprek, then what does not suit', () => {
    expect(rowOf(section(buildSummary(draftSamenMetNetwerk), 'gesprek'), 'summary.gesprek.wanneer').parts).toEqual([
      { kind: 'option', key: 'opties.dagdeel.ochtend' },
      { kind: 'option', key: 'opties.dagdeel.middag' },
      { kind: 'text', text: 'Niet op dinsdag.' },
    ]);
  });

  test('has no consent section for a draft', () => {
    expect(buildSummary(draftNamensMetVeiligheid).map((s) => s.id)).not.toContain('toestemming');
  });

  test('ends a sent melding with its consent: the shared levensgebieden, and contact agreed', () => {
    const melding = buildMelding(draftZelfHuishouden, meta);
    const last = buildSummary(melding, melding.toestemming).at(-1);
    expect(last).toEqual({
      id: 'toestemming', titleKey: 'summary.toestemming.title',
      rows: [
        { label: { key: 'summary.toestemming.gedeeld' }, parts: [{ kind: 'option', key: 'levensgebied.huishouden.title' }] },
        { label: { key: 'summary.toestemming.contact' }, parts: [{ kind: 'option', key: 'opties.jaNee.ja' }] },
      ],
    });
  });

  test('shows a sent melding without the levensgebied kept to oneself', () => {
    const melding = buildMelding(draftNamensMetVeiligheid, meta);
    expect(buildSummary(melding, melding.toestemming).map((s) => s.id)).not.toContain('levensgebied-veiligheid');
  });
});
