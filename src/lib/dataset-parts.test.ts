// A dataset over the part size is cut between rows: every part stays within the size, each parses on its own, the
// parts joined are the whole (CSV byte for byte), and the explorer's DuckDB gets the very rows back from Arrow parts.
import { describe, expect, it } from 'vitest';
import { datasetArrowIpc } from './arrow/dataset.ts';
import { wasmDuckDb } from './arrow/wasm-duckdb.testing.ts';
import { csvColumns, readCsvRows, toCsv } from './csv/index.ts';
import {
  arrowFilesOf,
  arrowPartFiles,
  csvParts,
  datasetFileNames,
  datasetPartName,
  datasetPartRanges,
  datasetPartTexts,
  fetchDatasetRows,
  jsonText,
  parseDatasetPartName,
  utf8Length,
} from './dataset-parts.ts';
import { HOSTILE_TEXT } from './hostile-text.testing.ts';
import { columnsOf } from './schema/columns.ts';
import { DATASETS } from './schema/index.ts';

const spec = DATASETS.find((d) => d.name === 'document_notes')!;
const cols = columnsOf(spec);
const csvCols = csvColumns(cols);
// Rows of a real dataset's shape whose text cells are the hostile texts (quotes, CR/LF, formulas, Chinese, BOM).
const rows: Record<string, unknown>[] = Array.from({ length: 60 }, (_, i) => {
  const text = `${HOSTILE_TEXT[i % HOSTILE_TEXT.length]!}，第${i}条`;
  return Object.fromEntries(
    cols.map((c) => [
      c.name,
      c.type === 'string'
        ? c.values?.length
          ? c.values.find((v) => v !== '')
          : c.nullable && i % 7 === 0
            ? null
            : `${c.name}:${text}`
        : c.type === 'boolean'
          ? i % 2 === 0
          : c.nullable && i % 5 === 0
            ? null
            : i * 3,
    ]),
  );
});
const bytes = (s: string) => new TextEncoder().encode(s).length;
const PART = 2048;

describe('datasetPartRanges', () => {
  const ranges = datasetPartRanges(rows, csvCols, PART);

  it('keeps a dataset under the part size in one piece', () => {
    expect(datasetPartRanges(rows, csvCols)).toEqual([[0, rows.length]]);
    expect(datasetPartRanges([], csvCols, PART)).toEqual([[0, 0]]);
  });

  it('cuts between rows: contiguous, every row once, each part within the size in CSV and JSON', () => {
    expect(ranges.length).toBeGreaterThan(2);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(rows.length);
    ranges.forEach(([a, b], i) => {
      expect(b).toBeGreaterThan(a);
      if (i > 0) expect(a).toBe(ranges[i - 1]![1]);
      expect(bytes(toCsv(rows.slice(a, b), csvCols))).toBeLessThanOrEqual(PART);
      expect(bytes(jsonText(rows.slice(a, b)))).toBeLessThanOrEqual(PART);
    });
  });

  it('fills parts: adding the next row would pass the size', () => {
    for (const [a, b] of ranges.slice(0, -1))
      expect(
        Math.max(bytes(toCsv(rows.slice(a, b + 1), csvCols)), bytes(jsonText(rows.slice(a, b + 1)))),
      ).toBeGreaterThan(PART);
  });

  it('gives a row larger than a part a part of its own (nothing dropped)', () => {
    const big = [
      rows[0]!,
      { ...rows[1]!, [cols.find((c) => c.type === 'string' && !c.values)!.name]: '长'.repeat(3000) },
      rows[2]!,
    ];
    expect(datasetPartRanges(big, csvCols, PART)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('CSV parts: the first with BOM and header, the rest rows only; joined they are the whole file', () => {
    const parts = csvParts(rows, csvCols, ranges);
    expect(parts.join('')).toBe(toCsv(rows, csvCols));
    const header = toCsv([], csvCols);
    expect(parts[0]!.startsWith(header)).toBe(true);
    parts.forEach((p, i) => {
      if (i > 0) expect(p.startsWith('\uFEFF')).toBe(false);
      const text = i === 0 ? p : header + p;
      const [a, b] = ranges[i]!;
      expect(readCsvRows(text, cols, `part ${i + 1}`)).toEqual(readCsvRows(toCsv(rows.slice(a, b), csvCols), cols));
    });
  });

  it('datasetPartTexts: the same ranges and bytes as datasetPartRanges, csvParts and jsonText, each row serialised once', () => {
    const withSurrogates = rows.map((r, i) =>
      i % 5 === 0 ? { ...r, [cols.find((c) => c.type === 'string' && !c.values)!.name]: `𠀀 "a,b"\n x\ud800` } : r,
    );
    for (const [data, part] of [
      [rows, PART],
      [withSurrogates, PART],
      [rows, 1 << 30],
      [[], PART],
    ] as const) {
      const ranges = datasetPartRanges(data, csvCols, part);
      const texts = datasetPartTexts(data, csvCols, part);
      expect(texts.ranges).toEqual(ranges);
      const parts = ranges.map((_, i) => texts.part(i));
      expect(parts.map((p) => p.csv)).toEqual(csvParts(data, csvCols, ranges));
      expect(parts.map((p) => p.json)).toEqual(ranges.map(([a, b]) => jsonText(data.slice(a, b))));
    }
  });

  it('JSON parts: each a valid array; together the rows in order', () => {
    const parsed = ranges.map(([a, b]) => JSON.parse(jsonText(rows.slice(a, b))) as unknown[]);
    expect(parsed.flat()).toEqual(rows);
  });

  it('Arrow parts loaded into one DuckDB-wasm table (first creates, next append) give every value back', async () => {
    const whole = await wasmDuckDb([{ name: spec.name, ipc: datasetArrowIpc(spec, rows) }]);
    const parted = await wasmDuckDb(
      ranges.map(([a, b]) => ({ name: spec.name, ipc: datasetArrowIpc(spec, rows.slice(a, b)) })),
    );
    const sql = `SELECT * FROM ${spec.name}`;
    const back = parted.query(sql);
    expect(back).toEqual(whole.query(sql));
    expect(back).toHaveLength(rows.length);
    expect(back.map((r) => Object.fromEntries(cols.map((c) => [c.name, r[c.name] ?? null])))).toEqual(
      rows.map((r) => Object.fromEntries(cols.map((c) => [c.name, r[c.name] ?? null]))),
    );
  });
});

describe('utf8Length', () => {
  it('counts the bytes TextEncoder writes, for short strings and for strings past the scratch buffer', () => {
    const samples = [...HOSTILE_TEXT, '', 'a', '医共体', '𠀀', '\ud800', 'x\udc00y', '\ud800\udc00'];
    for (const t of [...samples, ...samples.map((x) => x.repeat(700_000 / Math.max(1, x.length)))])
      expect(utf8Length(t), JSON.stringify(t.slice(0, 20))).toBe(new TextEncoder().encode(t).length);
  });
});

describe('part names', () => {
  it('numbers parts from 001 and reads the names back', () => {
    expect(datasetPartName('reuse', 0, 'csv')).toBe('reuse.part-001.csv');
    expect(parseDatasetPartName('reuse_matrix.part-012.arrow')).toEqual({
      name: 'reuse_matrix',
      index: 11,
      ext: 'arrow',
    });
    expect(parseDatasetPartName('reuse.csv')).toBeNull();
    expect(datasetFileNames('reuse', 'json', 1)).toEqual(['reuse.json']);
    expect(datasetFileNames('reuse', 'json', 2)).toEqual(['reuse.part-001.json', 'reuse.part-002.json']);
  });

  it('the Arrow index lists only datasets in parts; a table without an entry is one file', () => {
    const index = arrowPartFiles([
      { name: 'documents', parts: 1 },
      { name: 'reuse', parts: 2 },
    ]);
    expect(index).toEqual({ reuse: ['reuse.part-001.arrow', 'reuse.part-002.arrow'] });
    expect(arrowFilesOf('reuse', index)).toEqual(['reuse.part-001.arrow', 'reuse.part-002.arrow']);
    expect(arrowFilesOf('documents', index)).toEqual(['documents.arrow']);
    expect(arrowFilesOf('documents', null)).toEqual(['documents.arrow']);
  });
});

describe('fetchDatasetRows (the browser reading a published dataset)', () => {
  const host = (files: Record<string, unknown>) => (url: string) =>
    Promise.resolve(
      url in files ? new Response(JSON.stringify(files[url])) : new Response('not found', { status: 404 }),
    );
  const url = (f: string) => `/data/${f}`;

  it('reads the one file, or the parts in order until the next is missing', async () => {
    expect(await fetchDatasetRows('targets', url, host({ '/data/targets.json': [{ a: 1 }] }))).toEqual([{ a: 1 }]);
    const parts = { '/data/targets.part-001.json': [{ a: 1 }, { a: 2 }], '/data/targets.part-002.json': [{ a: 3 }] };
    expect(await fetchDatasetRows('targets', url, host(parts))).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it('names the missing file when neither the file nor a first part exists, and a part that is not rows', async () => {
    await expect(fetchDatasetRows('targets', url, host({}))).rejects.toThrow('/data/targets.json: HTTP 404');
    await expect(fetchDatasetRows('targets', url, host({ '/data/targets.part-001.json': { a: 1 } }))).rejects.toThrow(
      '/data/targets.part-001.json: not an array of rows',
    );
  });
});
