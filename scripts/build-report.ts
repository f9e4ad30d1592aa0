// The build report in bounded files: build-report.json is a summary (entries by dataset and kind, per plan its
// count and file, and the few entries about the corpus as a whole, doc_id ''), and each plan with entries has
// build-report/<doc_id>.json with its own entries. At 3,000 plans
// one file of every entry passed 40 MiB; a plan's file grows with that plan only and the summary by ~60 bytes a
// plan. Pure: the shell (build-data.ts) writes the files and removes those of plans no longer reported.
import type { ReportEntry } from './pipeline/extractor-types.ts';

export const BUILD_REPORT_FILE = 'build-report.json';
export const BUILD_REPORT_DIR = 'build-report';

export interface BuildReportSummary {
  /** Entries in all: the plans' files and `corpus`. */
  entries: number;
  /** Entries per dataset and kind, sorted by dataset then kind. */
  kinds: { dataset: string; kind: string; entries: number }[];
  /** Each plan with entries, by doc_id: how many and its file (relative to the summary's folder). */
  documents: { doc_id: string; entries: number; path: string }[];
  /** Entries about the whole corpus rather than one plan (doc_id ''), e.g. the boilerplate shingles text reuse
   * skipped (one entry, its examples capped); in the pipeline's order. */
  corpus: ReportEntry[];
}

/** A doc_id as a file name: the ids data/raw file names give (letters, digits, `_`, `-`). */
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The JSON text of a report file as published (one-space indent, final newline). */
export const reportText = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

/**
 * The summary and one file per plan with entries (path relative to the data folder → text); each plan's entries keep
 * the pipeline's order. Throws naming the doc_id when one cannot be a file name.
 */
export function splitBuildReport(report: readonly ReportEntry[]): {
  summary: BuildReportSummary;
  files: Map<string, string>;
} {
  const byDoc = new Map<string, ReportEntry[]>();
  const kinds = new Map<string, { dataset: string; kind: string; entries: number }>();
  const corpus: ReportEntry[] = [];
  for (const e of report) {
    const key = `${e.dataset}\u0000${e.kind}`;
    const k = kinds.get(key);
    if (k) k.entries++;
    else kinds.set(key, { dataset: e.dataset, kind: e.kind, entries: 1 });
    if (e.doc_id === '') {
      corpus.push(e);
      continue;
    }
    if (!SAFE_ID.test(e.doc_id))
      throw new Error(`build report: doc_id ${JSON.stringify(e.doc_id)} cannot name a file under ${BUILD_REPORT_DIR}/`);
    const list = byDoc.get(e.doc_id);
    if (list) list.push(e);
    else byDoc.set(e.doc_id, [e]);
  }
  const files = new Map<string, string>();
  const documents = [...byDoc.keys()].sort(byText).map((docId) => {
    const entries = byDoc.get(docId)!;
    const path = `${BUILD_REPORT_DIR}/${docId}.json`;
    files.set(path, reportText(entries));
    return { doc_id: docId, entries: entries.length, path };
  });
  return {
    summary: {
      entries: report.length,
      kinds: [...kinds.values()].sort((a, b) => byText(a.dataset, b.dataset) || byText(a.kind, b.kind)),
      documents,
      corpus,
    },
    files,
  };
}
