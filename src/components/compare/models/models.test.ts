// Every chart's rows are exactly what its published SQL returns on the published data, and every row links to a quote.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetArrowIpc } from '../../../lib/arrow/dataset.ts';
import { wasmDuckDb, type WasmDb } from '../../../lib/arrow/wasm-duckdb.testing.ts';
import { DATASETS } from '../../../lib/schema/index.ts';
import { CHART_IDS, chartModel, rowHref, type ChartId, type ChartModel } from './index.ts';

const DATA = `${process.cwd()}/public/data`;

// The explorer's tables: each published dataset from its JSON rows, as Arrow, in DuckDB-wasm. Started here, not
// in the first test that queries: the engine takes seconds to start on a busy machine.
let db: WasmDb;
beforeAll(async () => {
  // Unit tests run before the build, and data left from an earlier run may be stale: publish it afresh.
  const r = spawnSync(process.execPath, ['scripts/build-data.ts'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run data failed');
  if (!DATASETS.every((d) => existsSync(`${DATA}/${d.name}.csv`)))
    throw new Error('npm run data did not write every dataset');
  db = await wasmDuckDb(
    DATASETS.map((spec) => ({
      name: spec.name,
      ipc: datasetArrowIpc(spec, JSON.parse(readFileSync(`${DATA}/${spec.name}.json`, 'utf8')) as unknown[]),
    })),
  );
}, 120_000);

function runSql(sql: string) {
  return db.query(sql);
}

describe.each(CHART_IDS)('chart %s', (id: ChartId) => {
  let en: ChartModel;
  let zh: ChartModel;
  beforeAll(() => {
    en = chartModel(id, 'en');
    zh = chartModel(id, 'zh');
  }, 60_000);

  it('has real rows and a drawing in both languages', () => {
    expect(en.rows.length).toBeGreaterThan(0);
    expect(en.svg).not.toBeNull();
    expect(zh.svgNarrow).not.toBeNull();
    expect(zh.rows).toEqual(en.rows);
  });

  it('its SQL returns the same rows, columns and order as the chart uses', () => {
    const got = runSql(en.sql);
    expect(Object.keys(got[0] ?? {})).toEqual(en.columns);
    expect(got).toEqual(en.rows);
  });

  it('names the issuing bodies in its source line and offers a filter per place that has rows', () => {
    const docs = JSON.parse(readFileSync(`${DATA}/documents.json`, 'utf8')) as {
      doc_id: string;
      issuer_zh: string | null;
    }[];
    const used = new Set(en.rows.map((r) => String(r['doc_id'])));
    for (const d of docs.filter((x) => used.has(x.doc_id) && x.issuer_zh)) expect(en.source).toContain(d.issuer_zh);
    expect(en.filters.find((f) => f.key === 'place')!.options.map((o) => o.value)).toEqual([...used].sort());
  });

  it('links every row and every mark to a place in a plan page', () => {
    for (const r of en.rows) expect(rowHref(id, r, 'en')).toMatch(/^\/plans\/[a-z]+\/(#[A-Za-z][\w.-]*)?$/);
    const hrefs = [...en.svg!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/plans\/[a-z]+\//);
    for (const h of [...zh.svg!.querySelectorAll('a')].map((a) => a.getAttribute('href')))
      expect(h).toMatch(/^\/zh\/plans\//);
  });
});

describe('targets chart', () => {
  it('shows the jieshou conflict (减少到30%以内 vs ≥30%) without picking one', () => {
    const m = chartModel('targets', 'en');
    const conflicted = m.rows.filter((r) => r['conflict'] !== '');
    expect(conflicted.map((r) => r['doc_id'])).toContain('jieshou');
    expect(m.svg!.querySelectorAll('a[href*="#target_mentions-jieshou"]').length).toBeGreaterThanOrEqual(
      conflicted.length,
    );
    expect(m.notes.join(' ')).toContain('Neither is picked');
  });

  it('draws both national goals', () => {
    const m = chartModel('targets', 'zh');
    expect(m.svg!.textContent).toContain('全国目标 90%');
    expect(m.svg!.textContent).toContain('全国目标 65%');
  });
});
