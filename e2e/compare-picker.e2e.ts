// The place picker of the comparison pages: a searchable combobox instead of a checkbox per plan. Typing 玉林 or
// Yulin finds the place, the keyboard picks it, it is drawn over the summary with its rows in the table, the URL
// keeps the selection; the province filter narrows the list; removing a chip takes the place off the chart.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { url } from './site-under-test.ts';

const el = (chart: string) => `chp-chart[data-chart="${chart}"]`;
const search = (page: Page) => page.evaluate(() => location.search);
const rowPlaces = (page: Page, chart: string) =>
  page.$$eval(`${el(chart)} table[data-rows] tbody tr td:first-child`, (tds) => [
    ...new Set(tds.map((td) => td.textContent.trim())),
  ]);

test('type 玉林 on the Chinese page, pick it with the keyboard: drawn over the summary, its rows in the table, kept in the URL', async ({
  page,
  errors,
}) => {
  // A link that names one place: only Guyuan is drawn over the summary.
  await page.goto(url('/zh/compare/targets/?place=guyuan'));
  await expect(page.locator(`${el('targets')} .chp-chip`)).toHaveText([/固原市/]);
  await expect.poll(() => rowPlaces(page, 'targets')).toEqual(['固原市']);
  const input = page.locator(`${el('targets')} input[role="combobox"]`);
  await input.focus();
  await page.keyboard.type('玉林');
  const options = page.locator(`${el('targets')} [role="listbox"] [role="option"]`);
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('玉林市');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', /-0$/);
  await page.keyboard.press('Enter');
  await expect(page.locator(`${el('targets')} .chp-chip`)).toHaveText([/固原市/, /玉林市/]);
  await expect.poll(async () => new URLSearchParams(await search(page)).get('place')).toBe('guyuan,yulin');
  await expect.poll(() => rowPlaces(page, 'targets')).toEqual(['固原市', '玉林市']);
  // Drawn on top of the summary, labelled: a dot of Yulin's links to its quote.
  await expect(page.locator(`${el('targets')} .chp-wide svg a[href*="/plans/yulin/"]`).first()).toBeAttached();
  await expect(page.locator(`${el('targets')} .chp-wide svg text`, { hasText: '玉林市' }).first()).toBeAttached();
  // A reload keeps the selection.
  await page.reload();
  await expect(page.locator(`${el('targets')} .chp-chip`)).toHaveText([/固原市/, /玉林市/]);
  await expect.poll(() => rowPlaces(page, 'targets')).toEqual(['固原市', '玉林市']);
  // Removing a chip by keyboard takes the place off.
  await page.locator(`${el('targets')} .chp-chip[data-place="guyuan"] button`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`${el('targets')} .chp-chip`)).toHaveText([/玉林市/]);
  await expect.poll(async () => new URLSearchParams(await search(page)).get('place')).toBe('yulin');
  expect(errors).toEqual([]);
});

test('type Yulin on the English page; arrows and Escape work; the province filter narrows the list', async ({
  page,
  errors,
}) => {
  await page.goto(url('/compare/principles/?place=henan'));
  const input = page.locator(`${el('principles')} input[role="combobox"]`);
  await input.focus();
  await page.keyboard.type('Yulin');
  const options = page.locator(`${el('principles')} [role="option"]`);
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Yulin');
  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  // Empty query, a province chosen: only that province's plans.
  await input.fill('');
  const province = page.locator(`${el('principles')} select[data-province]`);
  await province.selectOption({ label: 'Ningxia Hui Autonomous Region' });
  await input.focus();
  await page.keyboard.press('ArrowDown');
  await expect(options).toHaveText([/Guyuan/]);
  await page.keyboard.press('Enter');
  await expect(page.locator(`${el('principles')} .chp-chip`)).toHaveText([/Henan/, /Guyuan/]);
  await expect.poll(async () => new URLSearchParams(await search(page)).get('place')).toBe('henan,guyuan');
  await expect(page.locator(`${el('principles')} .chp-wide svg a[href*="/plans/guyuan/"]`).first()).toBeAttached();
  expect(errors).toEqual([]);
});
