// One language per page (issue 16 item 11): a Chinese page shows no English words outside elements marked lang="en"
// (or translate="no": data shown as data), outside code, and beyond a short list of names (SQL, CSV, DuckDB …).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../scripts/measure/built-pages.ts';
import { englishOutsideEn, isEnglishWord } from './english-words.ts';
import { expect, test } from './fixtures.ts';
import { SITE } from './site-under-test.ts';

/**
 * Words other work still owns, by page prefix, each with its reason. None left: remove an entry when its page is
 * fixed; any other English word on any Chinese page fails.
 */
const PENDING_ELSEWHERE: Record<string, string[]> = {};

test.describe('the English-word check itself', () => {
  test('flags English prose, and lets code, lang="en", data, identifiers and acronyms pass', () => {
    const html = `<html lang="zh-Hans"><head><title>数据 Download</title></head><body>
      <p>下载 the data（CSV、JSON、DuckDB）<code>read_csv</code> guyuan-t01 SHA-256 sources/henan.txt</p>
      <p lang="en">All of this is English.</p><table translate="no"><td>Guyuan</td></table>
      <button aria-label="Close">关闭</button><a title="市卫健委">市卫健委</a><script>const english = 1;</script></body></html>`;
    expect(englishOutsideEn(html).map((w) => w.word)).toEqual(['Download', 'the', 'data', 'Close']);
    expect(isEnglishWord('TM12')).toBe(false);
    expect(isEnglishWord('PNG')).toBe(false);
    expect(isEnglishWord('Incomplete')).toBe(true);
    expect(isEnglishWord('Word')).toBe(false);
    expect(isEnglishWord('word')).toBe(true);
  });
});

test.describe('Chinese pages speak Chinese', () => {
  const zhPages = builtPages(SITE.dist).filter((p) => p.startsWith('/zh/'));
  test('there are Chinese pages to check', () => expect(zhPages.length).toBeGreaterThan(15));
  for (const path of zhPages) {
    test(`${path} has no English words outside lang="en"`, () => {
      const html = readFileSync(join(SITE.dist, path, 'index.html'), 'utf8');
      const pending = new Set(PENDING_ELSEWHERE[path] ?? []);
      const found = englishOutsideEn(html).filter((w) => !pending.has(w.word));
      expect(found.map((w) => `${w.word} (${w.where})`)).toEqual([]);
    });
  }
});
