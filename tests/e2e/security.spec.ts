import { test as base, expect, type APIResponse, type Page } from '@playwright/test';
import { chooseTopics, MELDING, nextButton, startTopic } from './helpers';

/**
 * Bad input, sent the way an attacker or a broken client would: raw posts with forged fields, foreign origins,
 * odd bodies. The portal answers each with a calm 4xx page, keeps the stored draft as it was, and never fails with a 500.
 */

interface RawPost {
  form?: Record<string, string>;
  /** A raw body (string or Buffer) or an object, which is sent as JSON. */
  data?: unknown;
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
  headers?: Record<string, string>;
  /** The Origin header; this portal's own origin unless set. `null` leaves it out. */
  origin?: string | null;
  /** Follow the 303 after a save (default: no, so the save's own status is seen). */
  follow?: boolean;
}

const test = base.extend<{ statuses: { what: string; status: number }[]; post: (path: string, options?: RawPost) => Promise<APIResponse> }>({
  // Every response in a test, from the browser or a raw post: none may be a server error.
  statuses: [async ({ page }, use) => {
    const statuses: { what: string; status: number }[] = [];
    page.on('response', (r) => statuses.push({ what: `${r.request().method()} ${r.url()}`, status: r.status() }));
    await use(statuses);
    expect(statuses.filter((s) => s.status >= 500)).toEqual([]);
  }, { auto: true }],

  post: async ({ page, baseURL, statuses }, use) => {
    const ownOrigin = new URL(baseURL!).origin;
    await use(async (path, { origin = ownOrigin, follow = false, headers = {}, ...body } = {}) => {
      const response = await page.request.post(path, {
        ...body,
        headers: { ...(origin === null ? {} : { Origin: origin }), ...headers },
        maxRedirects: follow ? 20 : 0,
      } as Parameters<typeof page.request.post>[1]);
      statuses.push({ what: `POST ${path}`, status: response.status() });
      return response;
    });
  },
});

const REFUSED_TITLE = /<title>Dit formulier is niet verwerkt - /;

/** A draft with Huishouden chosen, saved through the page as a person would. */
async function chooseHuishouden(page: Page): Promise<void> {
  await page.goto('/levensgebieden');
  await chooseTopics(page, ['Huishouden']);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden\/huishouden$/);
}

/** Checks that the stored choice is still exactly Huishouden. */
async function expectOnlyHuishoudenChosen(page: Page): Promise<void> {
  await page.goto('/levensgebieden');
  await expect(page.getByRole('checkbox', { name: /^Huishouden/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
}

test.describe('forms from elsewhere', () => {
  test('a post with a foreign Origin gets a readable 403 page and changes nothing', async ({ page, post }) => {
    await chooseHuishouden(page);

    const response = await post('/levensgebieden', { form: { levensgebieden: 'veiligheid' }, origin: 'https://evil.example' });
    expect(response.status()).toBe(403);
    const html = await response.text();
    expect(html).toMatch(REFUSED_TITLE);
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('Het formulier kwam niet van deze website.');
    expect(response.headers()['cache-control']).toBe('no-store');

    await expectOnlyHuishoudenChosen(page);
  });

  test('a form on another website that posts here shows the refusal page in the browser', async ({ page, baseURL }) => {
    await chooseHuishouden(page);
    // A page on another site with a form that posts to the portal (classic CSRF).
    await page.route('http://evil.example/**', (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="nl"><title>Win een prijs</title><form method="post" action="${baseURL}/levensgebieden">
        <input type="hidden" name="levensgebieden" value="veiligheid"><button>Doe mee</button></form></html>`,
    }));
    await page.goto('http://evil.example/prijs');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Doe mee' }).click(),
    ]);

    expect(response.status()).toBe(403);
    await expect(page).toHaveTitle(/^Dit formulier is niet verwerkt - /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dit formulier is niet verwerkt');
    await expect(page.getByText('Wat u al had opgeslagen, is bewaard.')).toBeVisible();
    await expectOnlyHuishoudenChosen(page);
  });

  test('a post without Origin and without Sec-Fetch-Site is refused', async ({ page, post }) => {
    await chooseHuishouden(page);
    const response = await post('/levensgebieden', { form: { levensgebieden: 'veiligheid' }, origin: null });
    expect(response.status()).toBe(403);
    expect(await response.text()).toMatch(REFUSED_TITLE);

    // The English refusal page is in English.
    const english = await post('/en/levensgebieden', { form: { levensgebieden: 'veiligheid' }, origin: null });
    expect(english.status()).toBe(403);
    expect(await english.text()).toContain('<title>This form was not processed - ');

    await expectOnlyHuishoudenChosen(page);
  });
});

test.describe('forged fields', () => {
  test('an unknown levensgebied is refused with a Dutch error, not a crash', async ({ page, post }) => {
    await chooseHuishouden(page);
    for (const levensgebieden of ['bestaat-niet', '../../etc/passwd', '__proto__']) {
      const response = await post('/levensgebieden', { form: { levensgebieden } });
      expect(response.status(), levensgebieden).toBe(422);
      const html = await response.text();
      expect(html).toMatch(/<title>Fout: /);
      expect(html).toContain('Kies een onderwerp uit de lijst.');
    }
    await expectOnlyHuishoudenChosen(page);
  });

  test('values outside the offered choices get a 422 with a plain Dutch message', async ({ page, post }) => {
    await chooseHuishouden(page);
    const cases: { path: string; form: Record<string, string>; message: string }[] = [
      { path: '/levensgebieden/huishouden', form: { hoeGaatHet: 'heel-erg' }, message: 'Kies een van de antwoorden uit de lijst.' },
      // A tickable example of another levensgebied.
      { path: '/levensgebieden/huishouden', form: { moeiteMet: 'geld-afgepakt' }, message: 'Kies een van de antwoorden uit de lijst.' },
      { path: '/levensgebieden/huishouden', form: { overPraten: 'misschien' }, message: 'Kies een van de antwoorden uit de lijst.' },
      { path: '/melding/wie', form: { wie: 'de-buurman' }, message: 'Kies wie dit invult.' },
      { path: '/melding/mensen', form: { 'persoon-0-naam': 'Anna', 'persoon-0-relatie': 'baas' }, message: 'Kies een van de antwoorden uit de lijst.' },
      { path: '/melding/gesprek', form: { wanneer: 'middernacht' }, message: 'Kies een van de antwoorden uit de lijst.' },
      { path: '/melding/contact', form: { naam: 'Gerda', telefoon: '0612345678', kern: 'Amsterdam' }, message: 'Kies een plaats uit de lijst.' },
      { path: '/melding/contact', form: { naam: 'Gerda', telefoon: '0612345678', voorkeur: 'duif' }, message: 'Kies een van de antwoorden uit de lijst.' },
    ];
    for (const { path, form, message } of cases) {
      const response = await post(path, { form });
      const what = `${path} ${JSON.stringify(form)}`;
      expect(response.status(), what).toBe(422);
      const html = await response.text();
      expect(html, what).toMatch(/<title>Fout: /);
      expect(html, what).toContain(message);
    }
  });

  test('a levensgebied that was not chosen cannot be written to', async ({ page, post }) => {
    await chooseHuishouden(page);
    const response = await post('/levensgebieden/wonen', { form: { watLuktZelf: 'Ingeschoven tekst' } });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/levensgebieden');

    // Choosing wonen later shows empty questions: the forged answer was not stored.
    await page.goto('/levensgebieden');
    await chooseTopics(page, ['Wonen']);
    await nextButton(page).click();
    await page.goto('/levensgebieden/wonen');
    await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveValue('');
  });

  test('"terug" only ever returns to the check page, never to another site', async ({ post }) => {
    const response = await post('/melding/wensen?terug=https://evil.example/', { form: { wondervraag: 'Weer fietsen.' } });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/melding/gesprek');
  });

  test('answers are shown as text, never run as HTML', async ({ page, post }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await post('/melding/wensen', { form: { wondervraag: attack } });
    await page.goto('/melding/controleren');
    await expect(page.getByRole('region', { name: 'Wat ik het liefst wil', exact: true })).toContainText(attack);
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('control characters', () => {
  test('NUL, BEL, ESC and other control characters are stripped at the form edge; tabs and line breaks stay', async ({ page, post }) => {
    const typed = 'Weer\u0000 zelf\u0007 naar\u001b[31m de\u007f markt\u0085.\tOp donderdag.\r\nMet de bus.';
    const response = await post('/melding/wensen', { form: { wondervraag: typed } });
    expect(response.status()).toBe(303);
    await page.goto('/melding/wensen');
    await expect(page.getByLabel('Als u één ding kon veranderen, wat zou dat zijn?'))
      .toHaveValue('Weer zelf naar[31m de markt.\tOp donderdag.\nMet de bus.');
  });
});

test.describe('odd bodies', () => {
  const REFUSED_BODY_TITLE = 'Dit formulier kon niet worden verwerkt';

  test('a body over the size limit is refused with a 4xx and the draft stays intact', async ({ page, post }) => {
    await chooseHuishouden(page);
    await page.getByLabel('Wat lukt u zelf nog wel?').fill('Ik kan nog zelf afwassen.');
    await nextButton(page).click();
    await expect(page).toHaveURL(/\/levensgebieden\/huishouden\/hulp-in-de-buurt$/);

    // astro.config.mjs: bodySizeLimit 256 KiB. About 300 KiB of form data:
    const response = await post('/levensgebieden/huishouden', { form: { watLuktZelf: 'a'.repeat(300 * 1024) }, follow: true });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain(`<title>${REFUSED_BODY_TITLE} - `);

    await page.goto('/levensgebieden/huishouden');
    await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveValue('Ik kan nog zelf afwassen.');
    await expectOnlyHuishoudenChosen(page);
  });

  test('a pasted text far over the limit gets a page that says so, in the browser', async ({ page }) => {
    await chooseHuishouden(page);
    await page.getByLabel('Wat lukt u zelf nog wel?').fill('Ik kan nog zelf afwassen.');
    await nextButton(page).click();
    await page.goto('/levensgebieden/huishouden');

    await page.getByLabel('Wat wilt u weer kunnen?').fill('Koken. '.repeat(45_000));
    await nextButton(page).click();
    await expect(page).toHaveTitle(new RegExp(`^${REFUSED_BODY_TITLE} - `));
    await expect(page.getByText('Wat u stuurde, was te groot. Maak uw tekst korter en probeer het opnieuw.')).toBeVisible();
    await expect(page.getByText('Wat u al had opgeslagen, is bewaard.')).toBeVisible();

    await page.goto('/levensgebieden/huishouden');
    await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveValue('Ik kan nog zelf afwassen.');
    await expect(page.getByLabel('Wat wilt u weer kunnen?')).toHaveValue('');
  });

  test('a body that is not a form (JSON, text, broken multipart) is refused and overwrites nothing', async ({ page, post }) => {
    await startTopic(page, 'Huishouden', /\/levensgebieden\/huishouden$/);

    const steps = ['/melding/wie', '/levensgebieden', '/levensgebieden/huishouden', '/levensgebieden/huishouden/hulp-in-de-buurt', '/melding/mensen', '/melding/wensen',
      '/melding/gesprek', '/melding/contact', '/melding/versturen'];
    const bodies: RawPost[] = [
      { data: { levensgebieden: ['wonen'], wie: 'zelf', toestemmingContact: 'ja' } },
      { data: 'wie=zelf', headers: { 'Content-Type': 'text/plain' } },
      { data: '--x\r\nrommel', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } },
    ];
    for (const path of steps) {
      for (const body of bodies) {
        const response = await post(path, { ...body, follow: true });
        const what = `${path} ${JSON.stringify(body.headers ?? body.data)}`;
        expect(response.status(), what).toBe(400);
        expect(await response.text(), what).toContain(`<title>${REFUSED_BODY_TITLE} - `);
      }
    }

    // What was saved before is still there.
    await page.goto('/melding/wie');
    await expect(page.getByRole('radio', { name: 'Ik help iemand met invullen' })).toBeChecked();
    await expect(page.getByLabel('Uw naam')).toHaveValue(MELDING.helper.naam);
    await expectOnlyHuishoudenChosen(page);
  });

  test('an uploaded file is ignored, not a crash', async ({ post }) => {
    for (const path of ['/melding/wie', '/levensgebieden', '/melding/wensen', '/melding/versturen']) {
      const response = await post(path, {
        multipart: { wondervraag: 'Weer fietsen.', bijlage: { name: 'paspoort.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') } },
      });
      expect(response.status(), path).toBeLessThan(500);
    }
  });
});

test.describe('skipping steps', () => {
  test('posting to versturen on a fresh session sends nothing and says what is missing', async ({ page, post }) => {
    const response = await post('/melding/versturen', { form: { 'delen-huishouden': 'delen', toestemmingContact: 'ja' } });
    expect(response.status()).toBe(422);
    const html = await response.text();
    expect(html).toContain('Er is iets niet goed ingevuld');
    expect(html).toContain('Kies eerst minstens één onderwerp.');
    expect(html).toContain('<title>Fout: ');

    const confirmation = await page.goto('/melding/verstuurd');
    expect(confirmation?.status()).toBe(404);
    await expect(page.getByText('Er is vanuit deze browser nog geen melding verstuurd.')).toBeVisible();
    await expect(page.getByTestId('referentie')).toHaveCount(0);
  });
});

test.describe('plain endpoints', () => {
  test('/healthz answers with JSON status ok', async ({ request }) => {
    const response = await request.get('/healthz');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  test('an unknown address shows a Dutch 404 page', async ({ page, post }) => {
    const response = await page.goto('/deze/pagina/bestaat/niet');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page).toHaveTitle(/^Deze pagina bestaat niet - /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
    await expect(page.getByRole('link', { name: 'Naar het begin' })).toHaveAttribute('href', '/');

    // A post to it is a 404 too, not a crash.
    expect((await post('/deze/pagina/bestaat/niet', { form: { a: 'b' } })).status()).toBe(404);
  });
});
