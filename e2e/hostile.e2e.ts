// A plan whose text holds <script>, HTML and spreadsheet formulas, built into a copy of the site beside the
// corpus: everywhere it shows (plan page, comparisons and tooltips, embeds, SQL results, CSV) it stays inert text.
// The copy is served by the dumb static server (scripts/measure/static-server.ts), at the root.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtPages } from '../scripts/measure/built-pages.ts';
import { serve } from '../scripts/measure/static-server.ts';
import { expect, test } from './fixtures.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const TITLE = "<script>alert('title')</script>县医共体建设实施方案";

let site: string;
let server: Server | undefined;
let origin: string;

function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, SITE_BASE: '/' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

// Building the copy takes a minute on a small machine.
test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = mkdtempSync(join(tmpdir(), 'hostile-site-'));
  // The working tree as git sees it: tracked and new files, without ignored ones (dist, node_modules…).
  const tree = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const f of tree.split('\n').filter((f) => f && existsSync(join(ROOT, f)))) {
    mkdirSync(dirname(join(site, f)), { recursive: true });
    cpSync(join(ROOT, f), join(site, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'));
  cpSync(join(ROOT, 'scripts/pipeline/fixtures/plans/hostile.txt'), join(site, 'data/raw/hostile.txt'));
  const manifestPath = join(site, 'data/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: Record<string, unknown>[] };
  manifest.documents.push({
    doc_id: 'hostile',
    file: 'hostile.txt',
    place_zh: '<i>测试县</i>',
    place_en: '=HYPERLINK("x")',
    level: 'county',
    province_zh: '测试省',
    province_en: 'Test',
    latitude: 30,
    longitude: 110,
    origins: { place_en: 'test fixture' },
  });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  run(process.execPath, ['scripts/build-data.ts'], site);
  run(process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], site);
  run(process.execPath, ['scripts/post-build.ts'], site);
  ({ server, origin } = await serve(join(site, 'dist'), '/'));
});

test.afterAll(() => {
  server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test.describe('hostile content', () => {
  test('every page of the site renders it as text: no injected element, no script runs, no dialog', async ({
    openPage,
  }) => {
    const problems: string[] = [];
    for (const path of builtPages(join(site, 'dist'))) {
      const r = await openPage();
      let dialogs = 0;
      r.page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await r.page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const injected = await r.page.evaluate(() => ({
        img: document.querySelectorAll('img[src="x"]').length,
        bold: [...document.querySelectorAll('b, i')].filter((e) => /政府主导|县人民医院|测试县/.test(e.textContent))
          .length,
        scripts: [...document.scripts].filter((s) => s.textContent.includes("alert('")).length,
      }));
      if (dialogs > 0 || injected.img > 0 || injected.bold > 0 || injected.scripts > 0)
        problems.push(`${path}: ${JSON.stringify({ dialogs, ...injected })}`);
      await r.context.close();
    }
    expect(problems).toEqual([]);
  });

  test('the plan page shows the markup literally, as the source has it', async ({ page }) => {
    await page.goto(`${origin}/plans/hostile/`, { waitUntil: 'networkidle' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(TITLE);
    expect(text).toContain('坚持<b>政府主导</b>');
    expect(text).toContain('=HYPERLINK("http://example.invalid","点击")');
  });

  test('SQL results show it as text', async ({ page }) => {
    const sql = "SELECT title_zh FROM documents WHERE doc_id = 'hostile'";
    await page.goto(`${origin}/explore/?sql=${encodeURIComponent(sql)}`);
    await page.waitForSelector('sql-explorer[data-state="done"]', { timeout: 60_000 });
    expect(await page.locator('sql-explorer table td').first().textContent()).toBe(TITLE);
    expect(await page.evaluate(() => document.querySelectorAll('sql-explorer table script').length)).toBe(0);
  });

  test('downloads defuse formulas in the CSV and keep the JSON verbatim', async () => {
    const csv = await (await fetch(`${origin}/data/responsibilities.csv`)).text();
    expect(csv).toContain("'@SUM(A1)局");
    expect(csv).not.toMatch(/(^|,)@SUM/m);
    const docs = (await (await fetch(`${origin}/data/documents.json`)).json()) as {
      doc_id: string;
      title_zh: string;
      place_en: string;
    }[];
    expect(docs.find((d) => d.doc_id === 'hostile')).toMatchObject({ title_zh: TITLE, place_en: '=HYPERLINK("x")' });
    const docsCsv = await (await fetch(`${origin}/data/documents.csv`)).text();
    expect(docsCsv).toContain(`'=HYPERLINK(""x"")`);
  });
});
