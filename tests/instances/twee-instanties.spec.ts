import { expect, test, type Page } from '@playwright/test';
import {
  chooseTopics, expectConfirmation, expectStep, fillContact, fillGesprek, fillMensen, fillTopic, fillWensen, fillWie, MELDING,
  nextButton, STEPS_WITH_TWO_TOPICS,
} from '../e2e/helpers';
import { chooseNewPassword, createAccount, login } from '../e2e/loket-helpers';
import { startCluster, type Cluster } from './cluster';

test.describe.configure({ mode: 'serial' });

let cluster: Cluster;
test.beforeAll(async () => {
  cluster = await startCluster(2);
});
test.afterAll(async () => {
  await cluster?.stop();
});

/** Which instance answered each page the browser loaded (nginx names it in a header of the test configuration). */
function instancesSeen(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document') return;
    // nginx lists every instance it tried; the last one answered (an instance that is down is tried and passed by).
    const instance = response.headers()['x-krachtwijzer-instance']?.split(', ').at(-1);
    if (instance) seen.push(instance);
  });
  return seen;
}

test('a whole journey goes on when its requests alternate between instances and one of them is killed midway', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: cluster.url });
  const page = await context.newPage();
  const seen = instancesSeen(page);
  const total = STEPS_WITH_TWO_TOPICS;
  const data = MELDING;

  await page.goto('/');
  await page.getByRole('link', { name: 'Begin', exact: true }).click();
  await fillWie(page, data.helper);
  await nextButton(page).click();
  await chooseTopics(page, [data.gedeeld.titel, data.privé.titel]);
  await nextButton(page).click();
  await expectStep(page, 3, total, data.gedeeld.titel);
  await fillTopic(page, data.gedeeld);
  await nextButton(page).click();
  await expectStep(page, 4, total, `Hulp in de buurt: ${data.gedeeld.titel}`);
  expect(new Set(seen), 'both instances served this draft').toEqual(new Set(cluster.instances.map((i) => i.address)));

  const [first, second] = cluster.instances;
  await first!.kill();
  const afterKill = seen.length;
  await nextButton(page).click();
  await expectStep(page, 5, total, data.privé.titel);
  await fillTopic(page, data.privé);
  await nextButton(page).click();
  await nextButton(page).click();
  await expectStep(page, 7, total, 'Mensen om u heen');
  await fillMensen(page, data);
  await nextButton(page).click();
  await fillWensen(page, data.wensen);
  await nextButton(page).click();
  await fillGesprek(page, data.gesprek);
  await nextButton(page).click();
  await fillContact(page, data.contact);
  await nextButton(page).click();
  await expectStep(page, 11, total, 'Controleer uw verhaal');
  // Everything answered before the kill is still there.
  await expect(page.getByRole('region', { name: data.gedeeld.titel })).toContainText(data.gedeeld.watLuktZelf);
  expect(new Set(seen.slice(afterKill)), 'the instance left carried on alone').toEqual(new Set([second!.address]));

  await first!.start();
  await page.getByRole('link', { name: 'Naar versturen' }).click();
  await page.getByRole('radio', { name: 'Ja, delen met de gemeente' }).first().check();
  await page.getByRole('radio', { name: 'Nee, dit houd ik voor mezelf' }).last().check();
  await page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' }).check();
  await page.getByRole('button', { name: 'Verstuur mijn melding' }).click();
  const referentie = await expectConfirmation(page);
  // The confirmation, on whichever instance, shows the melding again after a reload.
  await page.reload();
  await expect(page.getByTestId('referentie')).toHaveText(referentie);
  expect(await cluster.query('SELECT referentie FROM meldingen')).toEqual([{ referentie }]);
  await context.close();
});

test('a werkplek login holds on every instance', async ({ browser }) => {
  const env = { KRACHTWIJZER_DATABASE_URL: cluster.databaseUrl, KRACHTWIJZER_ENCRYPTION_KEY: cluster.encryptionKey, KRACHTWIJZER_DATA_DIR: cluster.dataDir };
  const { email, password } = createAccount('loketmedewerker', undefined, env);
  const context = await browser.newContext({ baseURL: cluster.url });
  const page = await context.newPage();
  await login(page, email, password);
  await chooseNewPassword(page);
  await expect(page).toHaveURL(/\/loket\/inbox$/);
  // The page's own assets go through nginx as well; requests of the inbox alone alternate strictly.
  const answered: string[] = [];
  for (let i = 0; i < 4; i++) {
    const response = await context.request.get('/loket/inbox', { maxRedirects: 0 });
    expect(response.status(), 'the inbox itself, not a redirect to the login').toBe(200);
    expect(await response.text()).toContain(email);
    answered.push(response.headers()['x-krachtwijzer-instance']!);
  }
  expect(new Set(answered), 'the same session was accepted by both').toEqual(new Set(cluster.instances.map((i) => i.address)));
  await context.close();
});

test('each mail is sent once, however many instances run a mail worker', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: cluster.url });
  for (let n = 0; n < 4; n++) {
    const page = await context.newPage();
    await page.goto('/levensgebieden');
    await chooseTopics(page, ['Huishouden']);
    await nextButton(page).click();
    await page.goto('/melding/contact');
    await fillContact(page, { naam: `Persoon ${n}`, email: `persoon${n}@example.nl` });
    await page.getByRole('checkbox', { name: 'Stuur mij een bevestiging per e-mail' }).check();
    await nextButton(page).click();
    await page.getByRole('link', { name: 'Naar versturen' }).click();
    await page.getByRole('radio', { name: 'Ja, delen met de gemeente' }).check();
    await page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' }).check();
    await page.getByRole('button', { name: 'Verstuur mijn melding' }).click();
    await expectConfirmation(page);
    await context.clearCookies();
    await page.close();
  }
  // Once the outbox holds nothing waiting, no worker will send again: what the server received is final.
  await expect.poll(async () => (await cluster.query("SELECT COUNT(*)::int AS n FROM mail_outbox WHERE status = 'wachtend'"))[0]!.n,
    { timeout: 60_000 }).toBe(0);
  const queued = await cluster.query<{ referentie: string; kind: string }>("SELECT referentie, kind FROM mail_outbox WHERE status = 'verstuurd'");
  const received = cluster.smtp.received.map((m) => `${m.envelope.to.join(',')} ${m.text}`);
  for (const { referentie, kind } of queued) {
    const to = kind === 'loket-nieuwe-melding' ? 'wmo@middenveld.example' : undefined;
    const matching = received.filter((m) => m.includes(referentie) && (to ? m.startsWith(to) : !m.startsWith('wmo@')));
    expect(matching, `${kind} for ${referentie}`).toHaveLength(1);
  }
  expect(cluster.smtp.received).toHaveLength(queued.length);
  // A notice to the loket for every melding (those of the tests before included), a confirmation for the four here.
  const meldingen = await cluster.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM meldingen');
  expect(queued).toHaveLength(meldingen[0]!.n + 4);
  await context.close();
});

test('the hourly retention runs once per hour, however many instances start together', async () => {
  // Both instances started together at the beginning, one was restarted; start both again at the same moment.
  await Promise.all(cluster.instances.map((i) => i.kill()));
  await Promise.all(cluster.instances.map((i) => i.start()));
  await expect.poll(async () => (await cluster.query("SELECT COUNT(*)::int AS n FROM job_runs WHERE name = 'bewaartermijnen'"))[0]!.n).toBeGreaterThan(0);
  const perHour = await cluster.query<{ n: number }>(`SELECT date_trunc('hour', at) AS uur, COUNT(*)::int AS n FROM loket_audit
    WHERE action = 'bewaartermijn-uitgevoerd' GROUP BY 1`);
  expect(perHour.length, 'a run in this hour').toBeGreaterThan(0);
  expect(perHour.map((h) => h.n), 'one audit line of counts per hour').toEqual(perHour.map(() => 1));
});
