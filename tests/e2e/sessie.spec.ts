import { expect, test } from '@playwright/test';
import { chooseTopics, nextButton } from './helpers';

/**
 * Session fixation: someone sets a well-formed kw_sessie cookie in a browser (a shared computer, a crafted link on a
 * sibling domain) and waits for a resident to write a story under it. The server issues ids itself: a value it never
 * issued is replaced before anything is stored.
 */
const PLANTED = 'Vastgezet-door-iemand-anders-0123456789abcd';

test('a session cookie the server never issued is replaced, and its planter finds no story', async ({ page, context, baseURL, browser }) => {
  expect(PLANTED).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await context.addCookies([{ name: 'kw_sessie', value: PLANTED, url: baseURL! }]);
  await page.goto('/levensgebieden');
  await chooseTopics(page, ['Huishouden']);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden\/huishouden$/);
  const cookie = (await context.cookies()).find((c) => c.name === 'kw_sessie');
  expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(cookie?.value).not.toBe(PLANTED);

  // The resident's own browser still has the choice.
  await page.goto('/levensgebieden');
  await expect(page.getByRole('checkbox', { name: /^Huishouden/ })).toBeChecked();

  // The planter, with the value they set, sees an empty start.
  const planter = await browser.newContext();
  await planter.addCookies([{ name: 'kw_sessie', value: PLANTED, url: baseURL! }]);
  const planterPage = await planter.newPage();
  await planterPage.goto('/levensgebieden');
  await expect(planterPage.getByRole('checkbox', { name: /^Huishouden/ })).not.toBeChecked();
  await planter.close();
});
