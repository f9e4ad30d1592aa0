// The build report stays within a host's file cap however many plans: a summary that grows by a few dozen bytes a
// plan, and one file per plan that grows with that plan only. Together they hold every entry, in order.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../src/lib/large-file-layout.ts';
import { BUILD_REPORT_DIR, reportText, splitBuildReport } from './build-report.ts';
import type { ReportEntry } from './pipeline/extractor-types.ts';

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** `plans` plans, each with `perPlan` entries of a skipped number and its quote (~14 KB a plan, as measured at 3,005 plans). */
function report(plans: number, perPlan: number): ReportEntry[] {
  const out: ReportEntry[] = [];
  for (let p = 0; p < plans; p++)
    for (let i = 0; i < perPlan; i++)
      out.push({
        doc_id: `gen-${String(p).padStart(5, '0')}`,
        dataset: i % 3 === 0 ? 'targets' : 'reuse',
        kind: i % 2 === 0 ? 'skipped-number' : 'below-threshold',
        message: `number ${i} skipped: no indicator in the vocabularies matches the words before it`,
        quote: '到2025年，县域内就诊率达到90%以上，基层医疗卫生机构诊疗量占比达到65%'.repeat(2),
        start: i * 100,
        end: i * 100 + 60,
      });
  return out;
}

describe('splitBuildReport', () => {
  const plans = 3000;
  const big = report(plans, 40);
  const { summary, files } = splitBuildReport(big);

  it('keeps the summary and every plan’s file far under the host cap at 3,000 plans', () => {
    // One file of every entry: over the cap, as at 3,005 plans.
    expect(utf8(reportText(big))).toBeGreaterThan(MAX_FILE_BYTES);
    const summaryBytes = utf8(reportText(summary));
    expect(summaryBytes).toBeLessThan(100 * plans);
    for (const [path, text] of files) expect(utf8(text), path).toBeLessThan(64 * 1024);
  });

  it('holds every entry once: counts by kind and by plan, and each plan’s entries in the pipeline’s order', () => {
    expect(summary.entries).toBe(big.length);
    expect(summary.kinds.reduce((n, k) => n + k.entries, 0)).toBe(big.length);
    expect(summary.kinds.map((k) => `${k.dataset}/${k.kind}`)).toEqual([
      'reuse/below-threshold',
      'reuse/skipped-number',
      'targets/below-threshold',
      'targets/skipped-number',
    ]);
    expect(summary.documents).toHaveLength(plans);
    expect([...files.keys()]).toEqual(summary.documents.map((d) => d.path));
    const back = summary.documents.flatMap((d) => {
      const rows = JSON.parse(files.get(d.path)!) as ReportEntry[];
      expect(rows).toHaveLength(d.entries);
      expect(d.path).toBe(`${BUILD_REPORT_DIR}/${d.doc_id}.json`);
      return rows;
    });
    expect(back).toEqual(big);
  });

  it('lists only plans with entries; an empty report is an empty summary', () => {
    const one = splitBuildReport(report(1, 2));
    expect(one.summary.documents.map((d) => d.doc_id)).toEqual(['gen-00000']);
    expect(splitBuildReport([])).toEqual({
      summary: { entries: 0, kinds: [], documents: [], corpus: [] },
      files: new Map(),
    });
  });

  it("keeps entries about the whole corpus (doc_id '') in the summary, counted, with no file", () => {
    const corpus = { doc_id: '', dataset: 'reuse', kind: 'reuse-boilerplate-skipped', message: '3 shingle(s) …' };
    const { summary, files } = splitBuildReport([...report(2, 1), corpus]);
    expect(summary.corpus).toEqual([corpus]);
    expect(summary.entries).toBe(3);
    expect(summary.kinds.find((k) => k.kind === 'reuse-boilerplate-skipped')?.entries).toBe(1);
    expect([...files.keys()]).toEqual(['build-report/gen-00000.json', 'build-report/gen-00001.json']);
  });

  it('refuses a doc_id that cannot be a file name, naming it', () => {
    const bad = { ...report(1, 1)[0]!, doc_id: '../x' };
    expect(() => splitBuildReport([bad])).toThrow(/"\.\.\/x"/);
  });
});
