// The CLI on two layouts of the genre the five plans never show (issue 14): a provincial 工作要点 with no headings
// whose targets sit in 一是…二是… lists and take their year from the title, and a 十四五 plan whose indicator table
// was flattened into `|`-separated lines. Every core target of the hand-checked gold file must come out of
// `npm run extract`, with its value, comparator and year, quoted from the text.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './test-support/corpus.ts';

interface GoldTarget {
  quote: string;
  value: number;
  comparator: string;
  target_year: number | null;
  core?: boolean;
}

const DEV = join(ROOT, 'eval/plans/dev');

function cliTargets(file: string): GoldTarget[] {
  const r = spawnSync(process.execPath, ['scripts/extract.ts', file], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { targets: GoldTarget[] }).targets;
}

describe.each([
  ['d02-province-yaodian-2023', '工作要点 without headings, 一是…二是… lists'],
  ['d04-county-14th-fyp-flat', 'indicator table flattened into | lines'],
])('npm run extract -- %s (%s)', (id) => {
  it('gives every core target of the gold file, with its value, comparator and year', { timeout: 120_000 }, () => {
    const gold = (JSON.parse(readFileSync(join(DEV, `${id}.gold.json`), 'utf8')) as { targets: GoldTarget[] }).targets;
    const core = gold.filter((t) => t.core);
    expect(core.length).toBeGreaterThan(3);
    const found = cliTargets(join(DEV, `${id}.txt`));
    for (const g of core) {
      const hit = found.find(
        (t) =>
          (t.quote.includes(g.quote) || g.quote.includes(t.quote)) &&
          t.value === g.value &&
          t.comparator === g.comparator &&
          t.target_year === g.target_year,
      );
      expect(hit, `${g.quote} → ${g.comparator} ${g.value} (${g.target_year})`).toBeDefined();
    }
  });
});
