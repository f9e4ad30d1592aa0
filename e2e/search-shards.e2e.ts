// Sharded search (issue 18): a query fetches the manifest, the gram shards of its own keys and the paragraph chunks
// of its candidates, never the whole index; results still name their plan and section, in the page's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryTerms } from '../src/lib/search/query.ts';
import { lookupKeys, shardFile, shardOf, type SearchManifest } from '../src/lib/search/shards.ts';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

const manifest = JSON.parse(readFileSync(join(SITE.dist, 'search/manifest.json'), 'utf8')) as SearchManifest;
const searchFiles = (requests: string[]) =>
  requests
    .filter((r) => r.startsWith(`${SITE.root}search/`) && r.endsWith('.json'))
    .map((r) => r.slice(`${SITE.root}search/`.length));

test.describe('sharded search', () => {
  test('a Chinese query loads only its own shards and finds its paragraphs', async ({ page, requests, errors }) => {
    await page.goto(url('/search/?q=总会计师'));
    const results = page.locator('.results li');
    await expect(results).toHaveCount(4);
    await expect(results.first()).toContainText('总会计师');
    await expect(page.locator('.results a').first()).toHaveText(/^Guyuan · .+ · ¶107$/);
    const files = searchFiles(requests);
    const shards = [...new Set(lookupKeys(queryTerms('总会计师')).map((k) => shardFile(shardOf(k, manifest.shards))))];
    expect(files.filter((f) => f.startsWith('g/')).sort()).toEqual(shards.sort());
    expect(files).toContain('manifest.json');
    expect(files).not.toContain('index.json');
    expect(files.filter((f) => f.startsWith('p/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('p/')).length).toBeLessThan(
      Math.ceil(manifest.paragraphs / manifest.chunk),
    );
    expect(errors).toEqual([]);
  });

  test('a second query fetches only the shards it lacks; English labels are searched too', async ({
    page,
    requests,
  }) => {
    await page.goto(url('/search/'));
    await page.fill('#q', 'family doctor');
    await expect(page.locator('.results li').first()).toBeVisible();
    await expect(page.locator('.results li').first().locator('.labels mark').first()).toHaveText(/family/i);
    const loaded = searchFiles(requests);
    await page.fill('#q', 'family doctors');
    // "doctors" adds one key, "rs": its shard is fetched unless an earlier key had it; nothing else is.
    const rs = shardFile(shardOf('rs', manifest.shards));
    const expected = loaded.includes(rs) ? [] : [rs];
    await expect
      .poll(() =>
        searchFiles(requests)
          .slice(loaded.length)
          .filter((f) => f.startsWith('g/')),
      )
      .toEqual(expected);
    await expect(page.locator('.results li').first()).toContainText(/doctor/i);
  });

  test('on the Chinese page results name the plan in Chinese', async ({ page }) => {
    await page.goto(url('/zh/search/?q=家庭医生'));
    await expect(page.locator('.status')).toHaveText(/个段落/);
    const where = await page.locator('.results .where a').allTextContents();
    expect(where.some((w) => w.startsWith('玉林市 · '))).toBe(true);
    expect(where.some((w) => w.startsWith('Yulin'))).toBe(false);
  });
});
