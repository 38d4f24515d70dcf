import { expect, test } from 'vitest';
import { testAanbod } from '../sociale-kaart/test-aanbod';
import { aanbodNaDringend } from './aanbod';

test('after a danger answer, help nearby leaves out light tips and puts professional help first', () => {
  const tip = testAanbod({ name: 'Tip: ga samen wandelen', soort: 'netwerk-tip' });
  const koffie = testAanbod({ name: 'Koffie', soort: 'informeel' });
  const welzijn = testAanbod({ name: 'Welzijn', soort: 'algemene-voorziening' });
  const praktijk = testAanbod({ name: 'Praktijk', soort: 'professioneel' });
  const vrijwilliger = testAanbod({ name: 'Maatje', soort: 'vrijwilligers' });
  expect(aanbodNaDringend([tip, vrijwilliger, koffie, welzijn, praktijk]).map((a) => a.service.name))
    .toEqual(['Praktijk', 'Welzijn', 'Koffie', 'Maatje']);
});

test('keeps the kaart order within one kind of help', () => {
  const a = testAanbod({ name: 'B eerst', soort: 'professioneel' });
  const b = testAanbod({ name: 'A daarna', soort: 'professioneel' });
  expect(aanbodNaDringend([a, b]).map((x) => x.service.name)).toEqual(['B eerst', 'A daarna']);
});
