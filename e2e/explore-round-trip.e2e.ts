// The explorer gives back exactly what was published: each dataset's table, read out through the JSON download,
// equals its JSON file; hostile text in a result survives the CSV and JSON downloads (the one CSV writer and its
// inverse). The explorer's tables come from /data/arrow/<name>.arrow (src/lib/arrow/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Runs on @playwright/test (playwright.config.ts: astro preview of dist/, baseURL with the site's base).
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../src/lib/csv/read.ts';
import { HOSTILE_TEXT } from '../src/lib/hostile-text.testing.ts';
import { DATASETS } from '../src/lib/schema/index.ts';

type Row = Record<string, unknown>;
const DIST = new URL('../dist/', import.meta.url).pathname;

/** Console errors and uncaught exceptions of a page (CSP violations show as console errors). */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Run SQL in the open explorer (DuckDB stays loaded) and save the result as CSV or JSON. */
async function download(page: Page, sql: string, kind: 'csv' | 'json'): Promise<string> {
  await page.fill('#sql-editor', sql);
  await page.click('[data-run]');
  await page.waitForSelector('sql-explorer:is([data-state="done"], [data-state="query-error"])', { timeout: 60_000 });
  expect(await page.getAttribute('sql-explorer', 'data-state'), sql).toBe('done');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${kind}"]`)]);
  return readFileSync(await file.path(), 'utf8');
}

/** A SQL string literal that keeps CR and other control characters (a textarea would turn CR into LF). */
function literal(s: string): string {
  if (s === '') return "''";
  return s
    .split(/([\r\0])/)
    .filter((p) => p !== '')
    .map((p) => (p === '\r' ? 'chr(13)' : p === '\0' ? 'chr(0)' : `'${p.replace(/'/g, "''")}'`))
    .join(' || ');
}

const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();

test('every dataset in the explorer equals its JSON file', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto('explore/');
  for (const spec of DATASETS) {
    const published = JSON.parse(readFileSync(join(DIST, 'data', `${spec.name}.json`), 'utf8')) as Row[];
    const got = JSON.parse(await download(page, `SELECT * FROM ${spec.name}`, 'json')) as Row[];
    expect(sorted(got), spec.name).toEqual(sorted(published));
  }
  expect(errors).toEqual([]);
});

test('hostile text comes back exactly from the CSV and JSON downloads', async ({ page }) => {
  const errors = recordErrors(page);
  // NUL cannot be in a DuckDB string; every other hostile value can.
  const values = HOSTILE_TEXT.filter((v) => !v.includes('\0'));
  const sql = `SELECT * FROM (VALUES ${values.map((v, i) => `(${i}, ${literal(v)})`).join(', ')}, (${values.length}, NULL)) AS t(i, text) ORDER BY i`;
  await page.goto('explore/');
  const json = JSON.parse(await download(page, sql, 'json')) as Row[];
  expect(json.map((r) => r['text'])).toEqual([...values, null]);
  const csv = parseCsv(await download(page, sql, 'csv'), 'query-result.csv');
  expect(csv.fields).toEqual(['i', 'text']);
  // CSV has no null: the NULL row is the one empty cell that JSON says is null.
  expect(csv.rows.map((r) => r[1])).toEqual([...values, '']);
  expect(errors).toEqual([]);
});
