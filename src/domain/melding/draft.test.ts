import { describe, expect, test } from 'vitest';
import {
  draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden, GEHEIM_VEILIGHEID, NIET_GEKOZEN_WONEN, voorbeeldDrafts,
} from '../../../tests/fixtures/meldingen';
import { chooseLevensgebieden, DraftSchema, emptyDraft, inhoudToSend, LevensgebiedKeuzeSchema } from './draft';

describe('the example drafts', () => {
  test.each(Object.entries(voorbeeldDrafts))('%s is stored unchanged by the draft schema', (_name, draft) => {
    expect(DraftSchema.parse(draft)).toEqual(draft);
  });
});

describe('emptyDraft', () => {
  test('has no levensgebieden, answers or choices yet', () => {
    expect(emptyDraft()).toEqual({ levensgebieden: [], antwoorden: {}, delen: {} });
  });
});

describe('LevensgebiedKeuzeSchema', () => {
  test('asks for at least one levensgebied', () => {
    expect(LevensgebiedKeuzeSchema.safeParse({ levensgebieden: [] }).error?.issues.map((i) => i.message)).toEqual(['errors.levensgebieden.required']);
  });

  test('refuses a levensgebied that does not exist', () => {
    expect(LevensgebiedKeuzeSchema.safeParse({ levensgebieden: ['tuinieren'] }).error?.issues.map((i) => i.message)).toEqual(['errors.levensgebied.unknown']);
  });
});

describe('chooseLevensgebieden', () => {
  test('lists levensgebieden in display order, not in the order they were chosen', () => {
    expect(chooseLevensgebieden(emptyDraft(), ['veiligheid', 'geld', 'huishouden']).levensgebieden).toEqual(['huishouden', 'geld', 'veiligheid']);
  });

  test('lists a levensgebied chosen twice only once', () => {
    expect(chooseLevensgebieden(emptyDraft(), ['geld', 'wonen', 'geld']).levensgebieden).toEqual(['wonen', 'geld']);
  });

  test('keeps the answers of a levensgebied that is no longer chosen', () => {
    const updated = chooseLevensgebieden(draftZelfHuishouden, ['wonen']);
    expect(updated.antwoorden.huishouden).toEqual(draftZelfHuishouden.antwoorden.huishouden);
  });

  test('brings the answers back when a levensgebied is chosen again', () => {
    const again = chooseLevensgebieden(chooseLevensgebieden(draftZelfHuishouden, ['wonen']), ['wonen', 'huishouden']);
    expect(again.antwoorden.huishouden?.watLuktZelf).toBe('Koken lukt nog, als ik mag zitten.');
  });

  test('leaves the rest of the draft as it was', () => {
    const { levensgebieden: _before, ...rest } = draftSamenMetNetwerk;
    const { levensgebieden: _after, ...updatedRest } = chooseLevensgebieden(draftSamenMetNetwerk, ['geld']);
    expect(updatedRest).toEqual(rest);
  });

  test('does not change the draft it was given', () => {
    const before = structuredClone(draftZelfHuishouden);
    chooseLevensgebieden(draftZelfHuishouden, ['wonen']);
    expect(draftZelfHuishouden).toEqual(before);
  });
});

describe('inhoudToSend', () => {
  test('leaves out a levensgebied the inwoner keeps to themselves', () => {
    expect(inhoudToSend(draftNamensMetVeiligheid).levensgebieden).toEqual(['geld']);
  });

  test('leaves out the answers of a levensgebied the inwoner keeps to themselves', () => {
    expect(Object.keys(inhoudToSend(draftNamensMetVeiligheid).antwoorden)).toEqual(['geld']);
  });

  test('leaves out the answers of a levensgebied that is no longer chosen', () => {
    expect(JSON.stringify(inhoudToSend(draftNamensMetVeiligheid))).not.toContain(NIET_GEKOZEN_WONEN);
  });

  test('carries no word of what was kept private', () => {
    expect(JSON.stringify(inhoudToSend(draftNamensMetVeiligheid))).not.toContain(GEHEIM_VEILIGHEID);
  });

  test('leaves out a levensgebied without a share-or-keep choice yet', () => {
    const undecided = { ...draftSamenMetNetwerk, delen: { vervoer: 'delen' as const } };
    expect(inhoudToSend(undecided).levensgebieden).toEqual(['vervoer']);
  });

  test('sends a shared levensgebied with its answers', () => {
    expect(inhoudToSend(draftZelfHuishouden).antwoorden).toEqual({ huishouden: draftZelfHuishouden.antwoorden.huishouden });
  });

  test('does not carry the share-or-keep choices themselves', () => {
    expect(inhoudToSend(draftZelfHuishouden)).not.toHaveProperty('delen');
  });

  test('keeps the sections that are not per levensgebied', () => {
    const sent = inhoudToSend(draftSamenMetNetwerk);
    expect([sent.invuller, sent.netwerk, sent.mantelzorg, sent.wensen, sent.gesprek, sent.contact]).toEqual([
      draftSamenMetNetwerk.invuller, draftSamenMetNetwerk.netwerk, draftSamenMetNetwerk.mantelzorg,
      draftSamenMetNetwerk.wensen, draftSamenMetNetwerk.gesprek, draftSamenMetNetwerk.contact,
    ]);
  });
});
