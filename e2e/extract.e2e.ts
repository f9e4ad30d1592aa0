// /extract/ in Chromium: a hand-written plan pasted, dropped as .docx and chosen as .pdf gives the same targets as the
// CLI, highlighted, charted beside the corpus and downloadable with the CLI's very rows; every bad file is refused by
// name and the page recovers; nothing is requested from another origin; the page weighs ≤ 100 KB before the reader acts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { budgetFor, weighPage } from '../scripts/measure/page-weight.ts';
import { ROOT } from '../scripts/test-support/corpus.ts';
import { readCsvRows } from '../src/lib/csv/index.ts';
import { columnsOf } from '../src/lib/schema/columns.ts';
import { DATASETS } from '../src/lib/schema/index.ts';
import { makeExtractFiles, PLAN_ID, type ExtractFiles, type TestFile } from '../scripts/test-support/extract-files.ts';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

type Row = Record<string, unknown>;

const foreign = (requests: string[]) =>
  requests.filter((u) => !u.startsWith(`${SITE.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));

let files: ExtractFiles;
let dir = '';
const cliOutputs = new Map<string, Record<string, unknown>>();

/** `npm run --silent extract -- <file>` as a user runs it in the file's folder: its JSON object. */
function cli(f: TestFile): Record<string, unknown> {
  let out = cliOutputs.get(f.name);
  if (!out) {
    writeFileSync(join(dir, f.name), f.buffer);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/extract.ts'), f.name], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 2 ** 26,
    });
    if (r.status !== 0) throw new Error(`extract ${f.name}: ${r.stderr}`);
    out = JSON.parse(r.stdout) as Record<string, unknown>;
    cliOutputs.set(f.name, out);
  }
  return out;
}

/** Rows in one fixed order (by primary key values), so that two lists of the same rows compare equal. */
function byKey(name: string, rows: Row[]): Row[] {
  const spec = DATASETS.find((d) => d.name === name)!;
  const key = (r: Row) => JSON.stringify(spec.primaryKey.map((k) => r[k]));
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The CLI's rows of a dataset with every column of the schema (a missing field is null, as the page writes it). */
function cliRows(f: TestFile, name: string): Row[] {
  const out = cli(f);
  const spec = DATASETS.find((d) => d.name === name)!;
  const rows = (name === 'documents' ? [out['document']] : ((out[name] as Row[] | undefined) ?? [])) as Row[];
  const cols = columnsOf(spec).map((c) => c.name);
  return byKey(
    name,
    rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c] ?? null]))),
  );
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'extract-e2e-'));
  files = await makeExtractFiles();
});
test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(page: Page, lang: 'en' | 'zh' = 'en'): Promise<void> {
  await page.goto(url(lang === 'zh' ? '/zh/extract/' : '/extract/'));
  await page.waitForSelector('plan-extractor[data-state="idle"]');
}

/** Wait until the page has finished with the current input: done, refused or failed. */
async function settled(page: Page): Promise<string> {
  await page.waitForSelector('plan-extractor:is([data-state="done"], [data-state="refused"], [data-state="failed"])', {
    timeout: 60_000,
  });
  return (await page.getAttribute('plan-extractor', 'data-state')) ?? '';
}

/** Forget the state of the last input, so that waiting for the next one cannot see the old result. */
const unsettle = (page: Page) => page.$eval('plan-extractor', (el) => el.removeAttribute('data-state'));

async function choose(page: Page, f: TestFile): Promise<string> {
  await unsettle(page);
  await page.setInputFiles('[data-file-input]', f);
  return settled(page);
}

/** A real drop on the drop zone, with the file in its DataTransfer. */
async function drop(page: Page, f: TestFile): Promise<string> {
  const transfer = await page.evaluateHandle(
    ({ name, type, base64 }) => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name, { type }));
      return dt;
    },
    { name: f.name, type: f.mimeType, base64: f.buffer.toString('base64') },
  );
  await unsettle(page);
  await page.dispatchEvent('[data-drop]', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('[data-drop]', 'drop', { dataTransfer: transfer });
  return settled(page);
}

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  // The one-dataset buttons sit in a folded <details>.
  await page.$eval('details.downloads', (d) => ((d as HTMLDetailsElement).open = true));
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

const TARGET_KEYS = [
  'indicator_zh',
  'indicator_id',
  'comparator',
  'value',
  'value_max',
  'unit',
  'target_year',
  'quote',
];

/** The plan's targets as the page offers them for download (JSON), reduced to what must not depend on the format. */
async function pageTargets(page: Page): Promise<Row[]> {
  const { bytes } = await download(page, 'button[data-download="json"][data-dataset="targets"]');
  return (JSON.parse(bytes.toString('utf8')) as Row[]).map((t) =>
    Object.fromEntries(TARGET_KEYS.map((k) => [k, t[k]])),
  );
}

test.describe('extract: before the reader acts', () => {
  test('the page alone: ≤ 100 KB (gzip), ≤ 30 KB of JS, no worker, pipeline, converter or data', async ({
    context,
  }) => {
    const w = await weighPage(context, url('/extract/'));
    const b = budgetFor('/extract/');
    expect(w.totalGzip).toBeLessThanOrEqual(b.total);
    expect(w.jsGzip).toBeLessThanOrEqual(b.js);
    const loaded = w.requests.map((r) => r.url);
    expect(loaded.filter((u) => /extract-worker|pdf|mammoth|draw-targets|vocabularies|\/data\//.test(u))).toEqual([]);
    expect(foreign(loaded)).toEqual([]);
  });
});

test.describe('extract: a plan in every format', () => {
  test('pasted: every target highlighted and linked, the chart beside the corpus, the CLI’s targets', async ({
    page,
    errors,
    requests,
    axe,
  }) => {
    await open(page);
    await page.fill('[data-paste]', files.txt.buffer.toString('utf8'));
    await unsettle(page);
    await page.click('[data-run]');
    expect(await settled(page)).toBe('done');
    const expected = cliRows(files.txt, 'targets');
    // One highlight per target, its text the quote, its marker linking to its row.
    const marks = page.locator('[data-plan-text] mark.hl-targets[id]');
    expect(await marks.count()).toBe(expected.length);
    expect((await marks.allTextContents()).sort()).toEqual(expected.map((t) => t['quote']).sort());
    const first = await marks.first().getAttribute('id');
    await page.click(`a.ref[href="#row-${first}"]`);
    await expect(page.locator(`#row-${first}`)).toBeVisible();
    // The chart: this plan first, published plans and the national goal beside it.
    await page.waitForSelector('plan-extractor[data-chart="drawn"]');
    const chart = page.locator('[data-chart] svg.only-wide');
    await expect(chart).toContainText('This plan');
    await expect(chart).toContainText('Guyuan');
    await expect(chart).toContainText('national goal 90%');
    expect(await page.locator('[data-chart] svg.only-wide g[data-new]').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-status]')).toContainText(/Done in [\d.]+ s\. .*Targets \d+/);
    expect(await axe('extract result')).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
  });

  test('dropped as .docx and chosen as .pdf: the same targets as the .txt, PDF pages counted as they are read', async ({
    page,
    errors,
    requests,
  }) => {
    await open(page);
    expect(await choose(page, files.txt)).toBe('done');
    const txt = await pageTargets(page);
    expect(txt.length).toBeGreaterThan(5);
    expect(await drop(page, files.docx)).toBe('done');
    await expect(page.locator('[data-results-title]')).toHaveText(`Results for ${files.docx.name}`);
    expect(await pageTargets(page)).toEqual(txt);
    // Every status line the page shows while the PDF is read.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const status = document.querySelector('[data-status]')!;
      new MutationObserver(() => seen.push(status.textContent)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    expect(await choose(page, files.pdf)).toBe('done');
    expect(await pageTargets(page)).toEqual(txt);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((s) => /Reading formats-county-f\.pdf: page 1 of \d+/.test(s))).toBe(true);
    // mammoth and pdf.js came from this site, each when its format came.
    expect(requests.some((u) => /\/_astro\/mammoth/.test(u))).toBe(true);
    expect(requests.some((u) => /\/_astro\/pdf\.worker/.test(u))).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
  });

  test('a PDF whose Chinese font is not embedded is read with the CMaps this site serves', async ({
    page,
    errors,
    requests,
  }) => {
    await open(page);
    expect(await choose(page, files.cidPdf)).toBe('done');
    expect(await page.locator('[data-plan-text] mark.hl-targets').allTextContents()).toEqual([
      '县域内就诊率达到90%以上',
    ]);
    expect(requests).toContain(`${SITE.root}pdfjs/cmaps/UniGB-UCS2-H.bcmap`);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
  });
});

test.describe('extract: downloads', () => {
  for (const kind of ['txt', 'docx'] as const) {
    test(`the zip of a .${kind}: every dataset as CSV and JSON with the CLI’s rows, and the text the offsets index`, async ({
      page,
      errors,
    }) => {
      const f = files[kind];
      await open(page);
      expect(await choose(page, f)).toBe('done');
      const zip = await download(page, 'button[data-download="zip"]');
      expect(zip.name).toBe(`${PLAN_ID}-datasets.zip`);
      const entries = unzipSync(zip.bytes);
      const text = strFromU8(entries[`${PLAN_ID}/${PLAN_ID}.txt`]!);
      let compared = 0;
      for (const spec of DATASETS.filter((d) => 'doc_id' in d.schema.shape)) {
        const csv = strFromU8(entries[`${PLAN_ID}/${spec.name}.csv`]!);
        const rows = readCsvRows(csv, columnsOf(spec), spec.name);
        const expected = cliRows(f, spec.name);
        // CSV cannot tell '' from null in a nullable text column (the release's rule): compare as CSV reads it.
        const asCsv = expected.map((r) =>
          Object.fromEntries(
            columnsOf(spec).map((c) => [
              c.name,
              c.nullable && c.type === 'string' && r[c.name] === '' ? null : r[c.name],
            ]),
          ),
        );
        expect(byKey(spec.name, rows), spec.name).toEqual(asCsv);
        expect(
          byKey(spec.name, JSON.parse(strFromU8(entries[`${PLAN_ID}/${spec.name}.json`]!)) as Row[]),
          spec.name,
        ).toEqual(expected);
        for (const r of rows)
          if (typeof r['quote'] === 'string')
            expect(text.slice(r['start'] as number, r['end'] as number)).toBe(r['quote']);
        compared += rows.length;
      }
      expect(compared).toBeGreaterThan(30);
      // One dataset alone: the targets CSV, as the release writes it (BOM, CRLF).
      const one = await download(page, 'button[data-download="csv"][data-dataset="targets"]');
      expect(one.name).toBe(`${PLAN_ID}-targets.csv`);
      expect(one.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(one.bytes.toString('utf8')).toContain('\r\n');
      expect(one.bytes).toEqual(Buffer.from(entries[`${PLAN_ID}/targets.csv`]!));
      expect(errors).toEqual([]);
    });
  }
});

test.describe('extract: bad input', () => {
  test('each bad file is refused with its name and problem, and the page takes the next file', async ({
    page,
    errors,
    requests,
  }) => {
    await open(page);
    // An empty paste is caught before the worker starts.
    await unsettle(page);
    await page.click('[data-run]');
    expect(await settled(page)).toBe('refused');
    await expect(page.locator('[data-error]')).toContainText('Paste the text of a plan first.');
    for (const { file, problem } of files.bad) {
      expect(await choose(page, file), file.name).toBe('refused');
      const error = page.locator('[data-error]');
      await expect(error).toBeVisible();
      await expect(error).toContainText('This file cannot be read');
      expect(await error.locator('pre').textContent()).toMatch(problem);
      await expect(page.locator('[data-results]')).toBeHidden();
      // Between two bad files, a good one: the page is still whole.
      if (file.name === 'old.doc') {
        expect(await choose(page, files.txt)).toBe('done');
        await expect(page.locator('[data-error]')).toBeHidden();
      }
    }
    expect(await choose(page, files.docx)).toBe('done');
    await expect(page.locator('[data-results]')).toBeVisible();
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
  });

  test('a refusal on the Chinese page says what to do in Chinese', async ({ page }) => {
    await open(page, 'zh');
    expect(await choose(page, files.bad[0]!.file)).toBe('refused');
    await expect(page.locator('[data-error]')).toContainText('无法读取此文件');
    await expect(page.locator('[data-error]')).toContainText('扫描版PDF');
  });
});

test.describe('extract: the plan in the SQL explorer', () => {
  test('opens with the plan as mine.* beside the corpus tables, from this browser only', async ({
    page,
    errors,
    requests,
  }) => {
    await open(page, 'zh');
    expect(await choose(page, files.docx)).toBe('done');
    await expect(page.locator('[data-chart] svg.only-wide')).toContainText('本方案');
    await page.click('[data-explore-open]');
    await page.waitForURL(/\/zh\/explore\/\?local=1&sql=/);
    await page.waitForSelector(
      'sql-explorer:is([data-state="done"], [data-state="query-error"], [data-state="load-error"])',
      {
        timeout: 90_000,
      },
    );
    expect(await page.getAttribute('sql-explorer', 'data-state')).toBe('done');
    await expect(page.locator('[data-local-note]')).toContainText('mine.targets');
    const sources = await page.locator('[data-output] tbody tr td:first-child').allTextContents();
    expect(sources.filter((s) => s === 'mine')).toHaveLength(cliRows(files.docx, 'targets').length);
    expect(sources).toContain('published');
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
  });
});
