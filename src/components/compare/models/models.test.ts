// Every chart is its published query plus its drawing. On the published data: the query runs at build time (Node,
// @duckdb/node-api) and meets the chart's contract; the explorer's engine (DuckDB-wasm, tables from the Arrow files)
// returns the very same rows, in the same order, with the same types; the filters are the query's parameters; and
// the drawings read in one language, in plain words, with every mark linked to its quote.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetArrowIpc } from '../../../lib/arrow/dataset.ts';
import { wasmDuckDb, type WasmDb } from '../../../lib/arrow/wasm-duckdb.testing.ts';
import { glossaryLookup, type GlossaryTerm } from '../../../lib/glossary.ts';
import { DATASETS } from '../../../lib/schema/index.ts';
import { runPublishedSql } from '../../../lib/site-data/index.ts';
import type { SqlResult } from '../../../lib/sql-result.ts';
import { chartContext, rowsOf } from '../chart-view.ts';
import { mergeRows } from '../rows-file.ts';
import { defaultSelectionSql } from '../selection.ts';
import { chartDocument } from '../../charts/dom.ts';
import { drawChart, filterViews } from '../draw.ts';
import { checkResult } from '../query/contract.ts';
import { variableStatements } from '../query/params.ts';
import { CHART_IDS, chartSpec, type ChartId } from './index.ts';

const DATA = `${process.cwd()}/public/data`;

// The explorer's tables: each published dataset from its JSON rows, as Arrow, in DuckDB-wasm. Started here, not
// in the first test that queries: the engine takes seconds to start on a busy machine.
let wasm: WasmDb;
beforeAll(async () => {
  // Unit tests run before the build, and data left from an earlier run may be stale: publish it afresh.
  const r = spawnSync(process.execPath, ['scripts/build-data.ts'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run data failed');
  if (!DATASETS.every((d) => existsSync(`${DATA}/${d.name}.json`)))
    throw new Error('npm run data did not write every dataset');
  wasm = await wasmDuckDb(
    DATASETS.map((spec) => ({
      name: spec.name,
      ipc: datasetArrowIpc(spec, JSON.parse(readFileSync(`${DATA}/${spec.name}.json`, 'utf8')) as unknown[]),
    })),
  );
}, 120_000);

const inWasm = (sql: string, setup: string[]): SqlResult => wasm.result(sql, setup);

// Every plan selected (the corpus is small: the default selection is every plan), with each chart's summary.
const summaries = new Map<ChartId, SqlResult>();
let everyPlan: string[] = [];
beforeAll(async () => {
  everyPlan = (JSON.parse(readFileSync(`${DATA}/documents.json`, 'utf8')) as { doc_id: string }[])
    .map((d) => d.doc_id)
    .sort();
  for (const id of CHART_IDS) summaries.set(id, await runPublishedSql(chartSpec(id).summarySql));
}, 120_000);
const ctxOf = (lang: 'en' | 'zh', id: ChartId) =>
  chartContext(lang, everyPlan, everyPlan.length, summaries.get(id)!.rows);

/** The place filter's options as the checkboxes had them: every plan that has rows. */
const placeFilter = (rows: SqlResult['rows']) => ({
  key: 'place',
  column: 'doc_id',
  options: [...new Set(rows.map((r) => String(r['doc_id'])))].sort().map((value) => ({ value })),
});

const plainWordsProblems = (text: string): string[] =>
  [
    /\b[a-z]+-(t|m|p|a|ph|e)\d{2,3}\b/.exec(text)?.[0], // row ids (jieshou-m002)
    /\b(le|ge|eq|approx)\b/.exec(text)?.[0], // comparator codes
    /source_kind|_zh\b|_en\b|data\/vocab|\.json\b/.exec(text)?.[0], // column names, file paths
  ].filter((x): x is string => x !== undefined);

describe.each(CHART_IDS)('chart %s', (id: ChartId) => {
  const spec = chartSpec(id);
  let published: SqlResult;
  beforeAll(async () => {
    published = await runPublishedSql(spec.sql, variableStatements({}));
  }, 60_000);

  it('its published query returns rows that meet the chart’s own contract', () => {
    expect(published.rows.length).toBeGreaterThan(0);
    expect(checkResult(published, spec.columns)).toEqual({ ok: true });
  });

  it('gives the same rows in DuckDB-wasm over the Arrow tables: values, order, column names and types', () => {
    const browser = inWasm(spec.sql, variableStatements({}));
    expect(browser.columns).toEqual(published.columns);
    expect(browser.rows).toEqual(published.rows);
  });

  it('summarises every plan in a few rows, the same in DuckDB-wasm, with counts that match its rows', () => {
    const summary = summaries.get(id)!;
    expect(summary.rows.length).toBeGreaterThan(0);
    expect(summary.rows.length).toBeLessThanOrEqual(40);
    expect(inWasm(spec.summarySql, [])).toEqual(summary);
    // Every summary row counts plans (of all plans) that it can count from the chart's own rows.
    for (const r of summary.rows) {
      expect(Number(r['plans_total'])).toBe(everyPlan.length);
      if (r['plans'] !== undefined) expect(Number(r['plans'])).toBeLessThanOrEqual(everyPlan.length);
    }
  });

  it('ranks rows in the order of its full result, so places fetched one by one merge back into it', async () => {
    const last = everyPlan.at(-1)!;
    const first = everyPlan[0]!;
    const a = await rowsOf(id, [first]);
    const b = await rowsOf(id, [last]);
    const merged = mergeRows([b, a]).rows;
    expect(merged).toEqual(published.rows.filter((r) => r['doc_id'] === first || r['doc_id'] === last));
  }, 60_000);

  it('takes its filters as query parameters: each option keeps exactly the rows with that value, in order', async () => {
    for (const f of [...filterViews(spec, published.rows, 'en'), placeFilter(published.rows)])
      for (const o of f.options.slice(0, 6)) {
        const filtered = await runPublishedSql(spec.sql, variableStatements({ [f.key]: [o.value] }));
        expect(filtered.rows, `${f.key}=${o.value}`).toEqual(
          published.rows.filter((r) => String(r[f.column]) === o.value),
        );
        expect(filtered.rows.length).toBeGreaterThan(0);
      }
  }, 60_000);

  it('draws, in both languages, a wide and a narrow drawing whose every mark links to a plan page', () => {
    for (const lang of ['en', 'zh'] as const) {
      const d = drawChart(spec, published.rows, ctxOf(lang, id), chartDocument());
      expect(d.wide).not.toBeNull();
      expect(d.narrow).not.toBeNull();
      const hrefs = [...d.wide!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h).toMatch(lang === 'en' ? /^\/plans\/[a-z]+\// : /^\/zh\/plans\/[a-z]+\//);
      for (const r of published.rows) expect(spec.rowHref(r, lang)).toMatch(/\/plans\/[a-z]+\/(#[A-Za-z][\w.-]*)?$/);
    }
  }, 30_000);

  it('names the issuing bodies of the plans drawn in its source line, in the page’s language', () => {
    const zh = drawChart(spec, published.rows, ctxOf('zh', id), chartDocument());
    const en = drawChart(spec, published.rows, ctxOf('en', id), chartDocument());
    const docs = JSON.parse(readFileSync(`${DATA}/documents.json`, 'utf8')) as { doc_id: string; issuer_zh: string }[];
    const glossary = JSON.parse(readFileSync(`${DATA}/vocab_glossary.json`, 'utf8')) as GlossaryTerm[];
    const english = glossaryLookup(glossary);
    const used = new Set(published.rows.map((r) => String(r['doc_id'])));
    for (const doc of docs.filter((d) => d.issuer_zh)) {
      expect(zh.source.includes(doc.issuer_zh)).toBe(used.has(doc.doc_id));
      const name = english(doc.issuer_zh, 'en');
      expect(name.lang, `${doc.issuer_zh} is in the glossary`).toBe('en');
      expect(en.source.includes(name.text)).toBe(used.has(doc.doc_id));
      expect(en.source).not.toContain(doc.issuer_zh);
    }
  });

  it('words its notes, legends and labels plainly: no row ids, comparator codes, column names or file paths', () => {
    for (const lang of ['en', 'zh'] as const) {
      const d = drawChart(spec, published.rows, ctxOf(lang, id), chartDocument());
      const words = [d.title, d.subtitle, d.source, ...d.notes.map((n) => n.text), d.wide!.textContent];
      expect(words.flatMap(plainWordsProblems)).toEqual([]);
    }
  }, 30_000);

  it('speaks Chinese on Chinese pages: no English words in its words or drawing', () => {
    const d = drawChart(spec, published.rows, ctxOf('zh', id), chartDocument());
    const text = [d.title, d.subtitle, ...d.notes.map((n) => n.text), d.summary, d.wide!.textContent].join(' ');
    // Acronyms in the plans' own names (DRG, DIP) are Chinese usage; any other Latin word is English.
    expect((text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => w !== w.toUpperCase())).toEqual([]);
  }, 30_000);
});

describe('targets chart', () => {
  let rows: SqlResult['rows'];
  beforeAll(async () => {
    rows = (await runPublishedSql(chartSpec('targets').sql)).rows;
  });

  it('draws the jieshou statements that disagree (减少到30%以内 in the text, ≥30% in the table) side by side, in words', () => {
    const d = drawChart(chartSpec('targets'), rows, ctxOf('en', 'targets'), chartDocument());
    const conflicted = rows.filter((r) => r['other_value'] !== null);
    expect(conflicted.map((r) => r['doc_id'])).toContain('jieshou');
    expect(d.wide!.querySelectorAll('a[href*="#target_mentions-jieshou"]').length).toBeGreaterThanOrEqual(
      conflicted.length,
    );
    const note = d.notes.find((n) => n.text.includes('neither is picked'))!;
    expect(note.text).toContain('the text says at most 30%, a table says at least 30%');
  });

  it('keeps changes off the axis of levels: yulin’s −5% per year is an arrow in its own panel', () => {
    const d = drawChart(chartSpec('targets'), rows, ctxOf('en', 'targets'), chartDocument());
    const change = rows.find((r) => r['measure'] === 'change' && r['doc_id'] === 'yulin')!;
    const indicator = String(change['indicator_id']);
    const blocks = [...d.wide!.querySelectorAll(`g.blk[data-indicator="${indicator}"]`)];
    const note = blocks.findIndex((b) => b.getAttribute('class') === 'blk blk-note');
    expect(note).toBeGreaterThan(0);
    expect(
      blocks
        .slice(note)
        .map((b) => b.textContent)
        .join(' '),
    ).toContain('per year');
    expect(
      blocks
        .slice(0, note)
        .map((b) => b.textContent)
        .join(' '),
    ).not.toContain('per year');
  });

  it('draws both national goals', () => {
    const d = drawChart(chartSpec('targets'), rows, ctxOf('zh', 'targets'), chartDocument());
    expect(d.wide!.textContent).toContain('全国目标 90%');
    expect(d.wide!.textContent).toContain('全国目标 65%');
  });
});

describe('timeline chart', () => {
  it('gives target years as whole years and runs from the first year shown to the last', async () => {
    const { rows } = await runPublishedSql(chartSpec('timeline').sql);
    const targets = rows.filter((r) => r['kind'] === 'target');
    expect(targets.length).toBeGreaterThan(0);
    for (const r of targets) expect(String(r['date_to'])).toMatch(/^\d{4}$/);
    const years = rows.flatMap((r) => [String(r['date_from']).slice(0, 4), String(r['date_to']).slice(0, 4)]);
    const d = drawChart(chartSpec('timeline'), rows, ctxOf('en', 'timeline'), chartDocument());
    expect(d.title).toContain(`${[...years].sort()[0]!}–${[...years].sort().at(-1)!}`);
  });
});

describe('organisation charts', () => {
  it('name agencies and institutions in English on English pages, from the glossary, and in Chinese on Chinese ones', async () => {
    const { rows: tasks } = await runPublishedSql(chartSpec('responsibilities').sql);
    const { rows: links } = await runPublishedSql(chartSpec('alliances').sql);
    // 县（区）政府 is written with full-width brackets in the plan, half-width in the glossary: it still matches.
    const county = tasks.find((r) => r['agency_norm_zh'] === '县（区）政府')!;
    expect(county['agency_en']).toBe('County (District) Government');
    expect(tasks.every((r) => typeof r['agency_en'] === 'string')).toBe(true);
    expect(links.every((r) => typeof r['lead_en'] === 'string' && typeof r['member_en'] === 'string')).toBe(true);
    const en = drawChart(chartSpec('responsibilities'), tasks, ctxOf('en', 'responsibilities'), chartDocument());
    expect(en.wide!.textContent).toContain('County (District) Government');
    const zh = drawChart(chartSpec('responsibilities'), tasks, ctxOf('zh', 'responsibilities'), chartDocument());
    expect(zh.wide!.textContent).toContain('县（区）政府');
    expect(zh.wide!.textContent).not.toContain('County');
    // The labels drawn are English; the Chinese as written stays in each mark's tooltip.
    const fans = drawChart(chartSpec('alliances'), links, ctxOf('en', 'alliances'), chartDocument());
    const labels = [...fans.wide!.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(labels).toContain('Yihewusu Central Health Centre');
    expect(labels).not.toContain('伊和乌素中心卫生院');
    const tips = [...fans.wide!.querySelectorAll('title')].map((t) => t.textContent).join(' ');
    expect(tips).toContain('伊和乌素中心卫生院');
  });
});

describe('default selection', () => {
  it('takes the latest plans by issue date, undated ones after them by id (Jieshou 2023, Guyuan 2020, Yulin 2017)', async () => {
    const ids = async (n: number) => (await runPublishedSql(defaultSelectionSql(n))).rows.map((r) => r['doc_id']);
    expect(await ids(3)).toEqual(['jieshou', 'guyuan', 'yulin']);
    // Hangjin and Henan state no issue date.
    expect(await ids(5)).toEqual(['jieshou', 'guyuan', 'yulin', 'hangjin', 'henan']);
  });
});

describe('principles summary', () => {
  it('names a principle of the vocabulary as the vocabulary does, however the plans word it', () => {
    const vocab = new Map(
      (
        JSON.parse(readFileSync(`${DATA}/vocab_principles.json`, 'utf8')) as { principle_id: string; name_zh: string }[]
      ).map((v) => [v.principle_id, v.name_zh]),
    );
    const known = summaries.get('principles')!.rows.filter((r) => vocab.has(String(r['principle_key'])));
    expect(known.length).toBeGreaterThan(0);
    for (const r of known) expect(r['principle_zh']).toBe(vocab.get(String(r['principle_key'])));
  });
});
