import { describe, expect, test } from 'vitest';
import { draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { emptyDraft, type Draft } from '../melding/draft';
import {
  chosenLevensgebied, journeySteps, missingForSend, nextPath, pathAfterSave, previousPath, returnPath, STEP_PATHS, stepPosition,
} from './steps';

/** A draft with two levensgebieden: wonen and geld. */
const draft: Pick<Draft, 'levensgebieden'> = { levensgebieden: ['wonen', 'geld'] };

describe('journeySteps', () => {
  test('has per chosen levensgebied its questions and then its help nearby, between the choice and the network', () => {
    expect(journeySteps(draft).map((s) => s.path)).toMatchInlineSnapshot(`
      [
        "/melding/wie",
        "/levensgebieden",
        "/levensgebieden/wonen",
        "/levensgebieden/wonen/hulp-in-de-buurt",
        "/levensgebieden/geld",
        "/levensgebieden/geld/hulp-in-de-buurt",
        "/melding/mensen",
        "/melding/wensen",
        "/melding/gesprek",
        "/melding/contact",
        "/melding/controleren",
        "/melding/versturen",
      ]
    `);
  });

  test('has no levensgebied steps before any is chosen', () => {
    expect(journeySteps({ levensgebieden: [] }).filter((s) => s.id === 'levensgebied' || s.id === 'hulp')).toEqual([]);
  });
});

describe('stepPosition', () => {
  test('says "stap 5 van 12" for the second levensgebied of two', () => {
    expect(stepPosition(draft, '/levensgebieden/geld')).toEqual({ number: 5, total: 12 });
  });

  test('says "stap 4 van 12" for the help nearby of the first levensgebied', () => {
    expect(stepPosition(draft, '/levensgebieden/wonen/hulp-in-de-buurt')).toEqual({ number: 4, total: 12 });
  });

  test('says "stap 1" for the first step', () => {
    expect(stepPosition(draft, STEP_PATHS.wie)).toEqual({ number: 1, total: 12 });
  });

  test('says nothing for a levensgebied that was not chosen', () => {
    expect(stepPosition(draft, '/levensgebieden/vervoer')).toBeUndefined();
  });
});

describe('nextPath and previousPath', () => {
  test('goes from the choice of levensgebieden to the first chosen one', () => {
    expect(nextPath(draft, STEP_PATHS.levensgebieden)).toBe('/levensgebieden/wonen');
  });

  test('goes from a levensgebied to its help nearby', () => {
    expect(nextPath(draft, '/levensgebieden/geld')).toBe('/levensgebieden/geld/hulp-in-de-buurt');
  });

  test('goes from the help nearby of the last levensgebied to the network', () => {
    expect(nextPath(draft, '/levensgebieden/geld/hulp-in-de-buurt')).toBe(STEP_PATHS.mensen);
  });

  test('goes to the check page from a page outside the journey', () => {
    expect(nextPath(draft, '/levensgebieden/vervoer')).toBe(STEP_PATHS.controleren);
  });

  test('goes back from the network to the help nearby of the last levensgebied', () => {
    expect(previousPath(draft, STEP_PATHS.mensen)).toBe('/levensgebieden/geld/hulp-in-de-buurt');
  });

  test('goes back from the first step to the start page', () => {
    expect(previousPath(draft, STEP_PATHS.wie)).toBe('/');
  });
});

describe('pathAfterSave', () => {
  test('goes on to the next step', () => {
    expect(pathAfterSave(draft, '/levensgebieden/wonen', undefined, null)).toBe('/levensgebieden/wonen/hulp-in-de-buurt');
  });

  test('goes back one step for "Vorige"', () => {
    expect(pathAfterSave(draft, '/levensgebieden/wonen', 'vorige', null)).toBe(STEP_PATHS.levensgebieden);
  });

  test('returns to the check page after "Wijzig", even for "Vorige"', () => {
    expect(pathAfterSave(draft, '/levensgebieden/wonen', 'vorige', 'controleren')).toBe(STEP_PATHS.controleren);
  });

  test('ignores a return address that is not ours and goes on', () => {
    expect(pathAfterSave(draft, '/levensgebieden/wonen', undefined, 'https://evil.example')).toBe('/levensgebieden/wonen/hulp-in-de-buurt');
  });
});

describe('returnPath', () => {
  test('leads "controleren" back to the check page', () => {
    expect(returnPath('controleren')).toBe(STEP_PATHS.controleren);
  });

  test.each(['https://evil.example', '//evil.example', '/melding/controleren', '/melding/contact', 'CONTROLEREN', '', null, undefined])(
    'ignores %j (no open redirect)', (value) => {
      expect(returnPath(value)).toBeUndefined();
    });

  test('ignores a terug parameter that came as a list', () => {
    expect(returnPath(['controleren'])).toBeUndefined();
  });
});

describe('missingForSend', () => {
  test('asks for levensgebieden and contact in an empty draft, each with its step', () => {
    expect(missingForSend(emptyDraft())).toEqual([
      { path: STEP_PATHS.levensgebieden, key: 'errors.send.levensgebieden' },
      { path: STEP_PATHS.contact, key: 'errors.send.contact' },
    ]);
  });

  test('asks for nothing in the example drafts', () => {
    expect([draftZelfHuishouden, draftSamenMetNetwerk, draftNamensMetVeiligheid].map(missingForSend)).toEqual([[], [], []]);
  });

  test('asks for contact when there is no way to reach the inwoner', () => {
    const zonderBereik = { ...draftZelfHuishouden, contact: { ...draftZelfHuishouden.contact!, telefoon: '', voorkeur: undefined } };
    expect(missingForSend(zonderBereik)).toEqual([{ path: STEP_PATHS.contact, key: 'errors.send.contact' }]);
  });

  test('asks for levensgebieden when none is chosen any more', () => {
    expect(missingForSend({ ...draftZelfHuishouden, levensgebieden: [] })).toEqual([
      { path: STEP_PATHS.levensgebieden, key: 'errors.send.levensgebieden' },
    ]);
  });
});

describe('chosenLevensgebied', () => {
  test('reads a chosen levensgebied from the URL', () => {
    expect(chosenLevensgebied(draft, 'geld')).toBe('geld');
  });

  test('refuses a levensgebied that was not chosen', () => {
    expect(chosenLevensgebied(draft, 'vervoer')).toBeUndefined();
  });

  test.each(['tuinieren', '__proto__', 'Wonen', '', undefined])('refuses the unknown segment %j', (segment) => {
    expect(chosenLevensgebied(draft, segment)).toBeUndefined();
  });
});
