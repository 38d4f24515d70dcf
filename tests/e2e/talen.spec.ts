import { expect, test, type Page } from '@playwright/test';
import { choose } from './helpers';
import { loggedIn } from './loket-helpers';
import { openMelding } from './loket-melding';

/**
 * The inwoner's pages in six languages (Dutch at /, the others at /<code>/), Arabic right to left; the werkplek in
 * Dutch and English only, and always told which language the inwoner used.
 */

const next = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

test('a melding sent in Turkish reaches the werkplek in Dutch, saying it was written in Turkish', async ({ page, browser }) => {
  // A whole journey and a first werkplek login in one test: slow on a busy machine.
  test.slow();
  await page.goto('/tr/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nasıl olduğunuzu anlatın');
  await page.getByRole('link', { name: 'Başla', exact: true }).click();

  await expect(page).toHaveURL(/\/tr\/melding\/wie$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Adım 1 / 8');
  await choose(page, 'Bunu kim dolduruyor?', 'Kendim için dolduruyorum');
  await next(page, 'İleri');

  await expect(page).toHaveURL(/\/tr\/levensgebieden$/);
  await page.getByRole('checkbox', { name: /^Ev işleri/ }).check();
  await next(page, 'İleri');

  await expect(page).toHaveURL(/\/tr\/levensgebieden\/huishouden$/);
  await choose(page, /^Ev işleriniz nasıl gidiyor\?/, 'İyi değil');
  await page.getByLabel('Neyi hâlâ kendiniz yapabiliyorsunuz?').fill('Bulaşıkları hâlâ kendim yıkayabiliyorum.');
  await page.getByRole('checkbox', { name: 'Yemek yapmak', exact: true }).check();
  await choose(page, /^Görüşmede bu konuyu konuşmak ister misiniz\?/, 'Evet');
  await next(page, 'İleri');

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Yakındaki yardım: Ev işleri');
  await next(page, 'İleri');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Çevrenizdeki insanlar');
  await next(page, 'İleri');

  await page.getByLabel('Bir şeyi değiştirebilseydiniz, bu ne olurdu?').fill('Yeniden kendim yemek pişirmek.');
  await next(page, 'İleri');

  await page.getByLabel('Görüşme hangi dilde olsun?').fill('Türkçe');
  await choose(page, /^Tercüman ister misiniz\?/, 'Evet');
  await next(page, 'İleri');

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Size nasıl ulaşabiliriz?');
  await page.getByLabel(/^Ad( \(zorunlu\))?$/).fill('Ayşe Yılmaz');
  await page.getByLabel('Telefon numarası').fill('0612345678');
  await page.getByLabel('Hangi yerde oturuyorsunuz?').selectOption({ label: 'Beilen' });
  await next(page, 'İleri');

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Anlattıklarınızı kontrol edin');
  await expect(page.getByRole('main')).toContainText('İyi değil');
  await expect(page.getByRole('main')).toContainText('Yemek yapmak');
  await page.getByRole('link', { name: 'Göndermeye geç' }).click();

  await choose(page, 'Ev işleri: bunu belediyeyle paylaşmak ister misiniz?', 'Evet, belediyeyle paylaş');
  await page.getByLabel('Belediye bu bildirim hakkında benimle iletişime geçebilir.').check();
  await page.getByRole('button', { name: 'Bildirimimi gönder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bildiriminiz gönderildi');
  const referentie = (await page.getByTestId('referentie').textContent())!.trim();

  // The werkplek, in its own browser: Dutch, with the language named in Dutch and in itself.
  const context = await browser.newContext();
  const werkplek = await context.newPage();
  await loggedIn(werkplek, 'loketmedewerker');
  await openMelding(werkplek, referentie);
  await expect(werkplek.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(werkplek.getByTestId('taal')).toHaveText('Turks (Türkçe)');
  await expect(werkplek.getByTestId('taal').locator('[lang="tr"]')).toHaveText('Türkçe');
  const main = werkplek.getByRole('main');
  await expect(main).toContainText('De vragen en keuzes staan hier in het Nederlands. Wat de inwoner zelf schreef, staat er zoals het geschreven is.');
  // Labels and chosen options in Dutch; the person's own words as they wrote them.
  for (const dutch of ['Wat lukt zelf', 'Niet goed', 'Koken', 'Wil ik over praten', 'Tolk', 'Ayşe Yılmaz', 'Bulaşıkları hâlâ kendim yıkayabiliyorum.', 'Yeniden kendim yemek pişirmek.']) {
    await expect(main).toContainText(dutch);
  }
  for (const turkish of ['İyi değil', 'Yemek yapmak', 'Kendim yapabildiklerim', 'Tercüman']) await expect(main).not.toContainText(turkish);

  await werkplek.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click();
  await expect(werkplek.getByRole('main')).toContainText('Taal van de inwoner: Turks (Türkçe).');
  await expect(werkplek.getByRole('main')).toContainText('Niet goed');

  const exported = await werkplek.request.get(`/loket/meldingen/${referentie}/export`);
  expect(exported.status()).toBe(200);
  const { melding } = await exported.json() as { melding: { taal: string; antwoorden: { huishouden: { hoeGaatHet: string; watLuktZelf: string } } } };
  expect(melding.taal).toBe('tr');
  expect(melding.antwoorden.huishouden).toMatchObject({ hoeGaatHet: 'niet-goed', watLuktZelf: 'Bulaşıkları hâlâ kendim yıkayabiliyorum.' });
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the language switch names every language in itself, and keeps the step, the query and the answers', async ({ page }) => {
    await page.goto('/melding/wensen');
    await page.getByLabel('Als u één ding kon veranderen, wat zou dat zijn?').fill('Weer naar de markt.');
    await next(page, 'Volgende');
    await page.goto('/melding/wensen?terug=controleren');

    const nav = page.getByRole('navigation', { name: 'Taal' });
    await expect(nav.getByRole('listitem')).toHaveText(['Nederlands', 'English', 'Türkçe', 'العربية', 'Polski', 'Українська']);
    expect(await nav.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('lang')))).toEqual(['nl', 'en', 'tr', 'ar', 'pl', 'uk']);
    // The page's own language is shown, not linked.
    await expect(nav.getByRole('link', { name: 'Nederlands' })).toHaveCount(0);
    await expect(nav.getByText('Nederlands')).toHaveAttribute('aria-current', 'true');

    const visits = [
      { name: 'العربية', prefix: '/ar', lang: 'ar', dir: 'rtl', label: 'لو استطعت أن تغيّر شيئًا واحدًا، فماذا سيكون؟', step: 'الخطوة' },
      { name: 'Polski', prefix: '/pl', lang: 'pl', dir: 'ltr', label: 'Gdyby można było zmienić jedną rzecz, co by to było?', step: 'Krok' },
      { name: 'Українська', prefix: '/uk', lang: 'uk', dir: 'ltr', label: 'Якби ви могли змінити одну річ, що б це було?', step: 'Крок' },
      { name: 'Türkçe', prefix: '/tr', lang: 'tr', dir: 'ltr', label: 'Bir şeyi değiştirebilseydiniz, bu ne olurdu?', step: 'Adım' },
    ];
    for (const v of visits) {
      await page.getByRole('navigation', { name: /./ }).getByRole('link', { name: v.name, exact: true }).click();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${v.prefix}/melding/wensen?terug=controleren`);
      await expect(page.locator('html')).toHaveAttribute('lang', v.lang);
      await expect(page.locator('html')).toHaveAttribute('dir', v.dir);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(v.step);
      await expect(page.getByLabel(v.label)).toHaveValue('Weer naar de markt.');
    }
    await page.getByRole('link', { name: 'Nederlands', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/melding/wensen');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('a Polish error is in Polish, with the plural forms Polish needs on the help page', async ({ page }) => {
    await page.goto('/pl/melding/contact');
    await page.getByLabel('Adres e-mail').fill('geen-adres');
    await next(page, 'Dalej');
    await expect(page).toHaveTitle(/^Błąd: /);
    await expect(page.getByRole('alert')).toContainText('Coś nie zostało dobrze wypełnione');
    await expect(page.getByRole('alert').getByRole('link', { name: 'Proszę wpisać adres e-mail, na przykład imie@przyklad.nl.' })).toBeVisible();
    await expect(page.getByLabel('Adres e-mail')).toHaveValue('geen-adres');

    await page.goto('/pl/sociale-kaart');
    // The demo kaart has dozens of entries: Polish says "możliwości" for 2-4 and for 5 and more alike.
    await expect(page.getByRole('main')).toContainText(/Znaleziono \d+ możliwości|Cała pomoc: \d+ możliwości/);
  });
});

test('with JavaScript, switching to Arabic right after typing keeps what was typed', async ({ page }) => {
  await page.goto('/melding/wensen');
  await page.getByLabel('Als u één ding kon veranderen, wat zou dat zijn?').fill('Weer fietsen met mijn kleinzoon.');
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/melding\/wensen$/);
  await expect(page.getByLabel('لو استطعت أن تغيّر شيئًا واحدًا، فماذا سيكون؟')).toHaveValue('Weer fietsen met mijn kleinzoon.');
});

test('the werkplek speaks Dutch and English only: its address in another language goes to the Dutch werkplek', async ({ page }) => {
  for (const locale of ['tr', 'ar', 'pl', 'uk']) {
    const response = await page.request.get(`/${locale}/loket/inbox?zoek=KW`, { maxRedirects: 0 });
    expect(response.status(), locale).toBe(303);
    expect(response.headers()['location'], locale).toBe('/loket/inbox?zoek=KW');
  }
  await page.goto('/tr/loket');
  expect(new URL(page.url()).pathname).toBe('/loket');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen op de werkplek');
  // Its own language switch offers English, and nothing else.
  await expect(page.getByRole('navigation', { name: 'Taal' }).getByRole('link')).toHaveText(['English']);

  await page.goto('/en/loket');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Arabic is right to left, and the layout is mirrored', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const centre = 640;
  const sides = async () => {
    const button = (await page.getByRole('button', { name: /^(Volgende|التالي)$/ }).boundingBox())!;
    const tile = page.locator('.portal-tile').first();
    const box = (await tile.getByRole('checkbox').boundingBox())!;
    const label = (await tile.locator('.portal-tile__title').boundingBox())!;
    return { button, box, label };
  };

  await page.goto('/levensgebieden');
  const ltr = await sides();
  expect(ltr.button.x + ltr.button.width).toBeLessThan(centre);
  expect(ltr.box.x).toBeLessThan(ltr.label.x);

  await page.goto('/ar/levensgebieden');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const rtl = await sides();
  // "Next" sits at the start of the line, which is now the right; the checkbox is right of its label.
  expect(rtl.button.x).toBeGreaterThan(centre);
  expect(rtl.box.x).toBeGreaterThan(rtl.label.x);
  // The main column keeps its place in the middle, mirrored around the centre.
  const main = (await page.locator('main .portal-container').boundingBox())!;
  expect(Math.abs(main.x + main.width / 2 - centre)).toBeLessThan(2);
  expect(Math.round(rtl.button.x + rtl.button.width)).toBe(Math.round(1280 - ltr.button.x));

  // The select's chevron sits at the inline end (left), where its padding is.
  await page.goto('/ar/melding/contact');
  const select = page.getByLabel('في أي مكان تسكن؟');
  const style = await select.evaluate((el) => { const s = getComputedStyle(el); return { x: s.backgroundPositionX, left: s.paddingLeft, right: s.paddingRight }; });
  expect(style.x).toBe('0%');
  expect(parseFloat(style.left)).toBeGreaterThan(parseFloat(style.right));
});
