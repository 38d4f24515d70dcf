import { expect, test } from '@playwright/test';
import { post, readyToSend, send } from './states';

/** What people ran into on the inwoner pages, each checked the way a person meets it. */

const HULP_NU = 'Hulp nodig? Bel nu';

test('ticking a danger answer is announced to a screen reader, not only shown', async ({ page }) => {
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['gevoel'] });
  await page.goto('/levensgebieden/gevoel');
  const live = page.getByRole('alert').filter({ hasText: HULP_NU });
  await expect(live).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Ik maak me veel zorgen' }).check();
  await expect(live, 'worries alone are no emergency').toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Ik denk er soms aan om niet meer te leven' }).check();
  await expect(live).toContainText('113');
});

test('the step heading reads "Stap 3 van 10: title", without a stray space before the colon', async ({ page }) => {
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['wonen'] });
  await page.goto('/levensgebieden/wonen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Stap 3 van 10: Wonen');
  await readyToSend(page);
  await page.goto('/melding/controleren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(/^Stap \d+ van \d+: Controleer uw verhaal$/);
});

test('a question used as a label gets no extra colon ("Voor wie?:")', async ({ page }) => {
  await page.goto('/sociale-kaart/lotgenotengroep-mantelzorgers');
  await expect(page.getByRole('main')).not.toContainText('?:');
  await expect(page.getByRole('main')).toContainText('Voor wie?');
});

test('list bullets keep a space before their text', async ({ page }) => {
  await page.goto('/sociale-kaart/koffie-in-de-brink');
  const lists = page.getByRole('main').getByRole('list');
  for (const list of await lists.all()) {
    const gap = await list.evaluate((ul) => {
      const li = ul.querySelector('li');
      if (!li || getComputedStyle(li).display !== 'list-item' || getComputedStyle(ul).listStyleType === 'none') return undefined;
      // A string marker needs its own space; the keyword markers (disc, circle, square) bring one.
      const type = getComputedStyle(ul).listStyleType;
      return type.startsWith('"') ? /\s"$/.test(type) || parseFloat(getComputedStyle(li).paddingInlineStart) > 0 : true;
    });
    if (gap !== undefined) expect(gap).toBe(true);
  }
});

test('long words are not broken in the middle on a small screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['meedoen'] });
  for (const path of ['/levensgebieden/meedoen', '/levensgebieden/meedoen/hulp-in-de-buurt']) {
    await page.goto(path);
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (const m of n.data.matchAll(/\p{L}{6,}/gu)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    expect(broken, path).toEqual([]);
  }
});

test('"Wis mijn gegevens" appears once there is something to wipe', async ({ page }) => {
  const wis = page.getByRole('banner').getByRole('button', { name: 'Wis mijn gegevens' });
  await page.goto('/');
  await expect(wis, 'nothing typed yet').toHaveCount(0);
  await page.goto('/levensgebieden');
  await expect(wis).toHaveCount(0);
  await post(page, '/levensgebieden', { levensgebieden: ['wonen'] });
  await page.goto('/levensgebieden/wonen');
  await expect(wis).toBeVisible();
});

test('the header shows the gemeente logo, with its name as alt text', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('img', { name: 'Gemeente Middenveld' })).toBeVisible();
});

test.describe('after sending', () => {
  test('says again, plainly, that a melding is not an aanvraag', async ({ page }) => {
    await send(page);
    await page.goto('/melding/verstuurd');
    await expect(page.getByRole('main')).toContainText('Een melding is geen aanvraag. U heeft nog niets aangevraagd.');
  });

  test('one way to print, one primary action', async ({ page }) => {
    await send(page);
    await page.goto('/melding/verstuurd');
    const main = page.getByRole('main');
    await expect(main.getByRole('button', { name: /print/i }).or(main.getByRole('link', { name: /print/i }))).toHaveCount(1);
    await expect(main.locator('.utrecht-button--primary-action')).toHaveCount(1);
    await expect(main.locator('.utrecht-button:visible'), 'a primary action and the wipe, not four buttons').toHaveCount(2);
  });

  test('after wiping, the confirmation page does not say "Uw melding is verstuurd"', async ({ page }) => {
    await send(page);
    await page.goto('/wissen');
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await page.goto('/melding/verstuurd');
    await expect(page.getByRole('main')).toContainText('nog geen melding verstuurd');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Uw melding is verstuurd');
  });

  test('a shared computer has one wipe button on the confirmation', async ({ page }) => {
    await page.goto('/steunpunt');
    await send(page);
    await page.goto('/melding/verstuurd');
    await expect(page.getByRole('button', { name: /^(Wis|Klaar\? Wis)/ })).toHaveCount(1);
  });
});

test.describe('optional and required', () => {
  test('a page of mostly optional questions says so once and marks none of them "(niet verplicht)"', async ({ page }) => {
    await page.goto('/');
    await post(page, '/levensgebieden', { levensgebieden: ['wonen'] });
    await page.goto('/levensgebieden/wonen');
    await expect(page.getByRole('main').getByText('(niet verplicht)')).toHaveCount(0);
    await expect(page.getByRole('main').getByText('U hoeft niet alles in te vullen.')).toHaveCount(1);
  });

  test('"Wie vult dit in?" and the contact page mark the few questions that must be answered, not the many that need not', async ({ page }) => {
    await page.goto('/melding/wie');
    const main = page.getByRole('main');
    await expect(main.getByText('(niet verplicht)')).toHaveCount(0);
    await expect(main.getByText('U hoeft niet alles in te vullen.')).toHaveCount(1);
    await page.getByLabel('Ik vul het in voor iemand anders').check();
    await expect(page.getByLabel('Uw voor- en achternaam (verplicht)')).toBeVisible();
    await page.goto('/melding/contact');
    await expect(main.getByText('(niet verplicht)')).toHaveCount(0);
    await expect(main.getByText('U hoeft niet alles in te vullen.')).toHaveCount(1);
  });
});
