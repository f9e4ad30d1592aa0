// The Web Worker of /extract/: the pure pipeline on the reader's file, off the page's thread. It fetches only this
// site's files (the vocabularies, the corpus datasets for the chart, mammoth or pdf.js when their format is used)
// and keeps the last plan for downloads and the explorer hand-off. The page talks to it through protocol.ts.
import { fetchDatasetRows } from '../../lib/dataset-parts.ts';
import type { Lang } from '../../i18n/ui.ts';
import { saveLocalPlan } from '../../lib/local-plan-store.ts';
import { columnsOf } from '../../lib/schema/columns.ts';
import type { TargetMentionRow, TargetRow } from '../../lib/schema/index.ts';
import { parseVocabularies, VOCABULARIES_FILE, type Vocabularies } from '../../lib/schema/vocab.ts';
import { browserLoaders } from './browser-loaders.ts';
import { compareTargets, CORPUS_FILES, type Corpus, type TargetsChartData } from './compare-targets.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';
import { resultHtml } from './result-html.ts';
import { PLAN_DATASETS, RefusedFile, runExtraction, type PlanResult } from './run-extraction.ts';
import { refusalHint } from './strings.ts';

const scope = self as unknown as {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
};
const post = (message: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json() as Promise<unknown>;
}

// Loaded once per page; a failed load is retried on the next file.
let vocab: Promise<Vocabularies> | undefined;
let corpus: Promise<Corpus> | undefined;
let current: PlanResult | null = null;

function vocabularies(root: string): Promise<Vocabularies> {
  const url = new URL(`data/${VOCABULARIES_FILE}`, root).href;
  vocab ??= fetchJson(url).then((json) => parseVocabularies(json, url));
  vocab.catch(() => (vocab = undefined));
  return vocab;
}

function corpusData(root: string): Promise<Corpus> {
  // A dataset too large for one file is published in parts (src/lib/dataset-parts.ts): fetchDatasetRows joins them.
  const url = (file: string) => new URL(`data/${file}`, root).href;
  corpus ??= Promise.all(CORPUS_FILES.map((name) => fetchDatasetRows(name, url))).then(
    (files) => Object.fromEntries(CORPUS_FILES.map((name, i) => [name, files[i]])) as unknown as Corpus,
  );
  corpus.catch(() => (corpus = undefined));
  return corpus;
}

const THIS_PLAN: Record<Lang, string> = { en: 'This plan', zh: '本方案' };

async function chartOf(plan: PlanResult, root: string, lang: Lang): Promise<TargetsChartData> {
  return compareTargets(
    {
      docId: plan.docId,
      label: THIS_PLAN[lang],
      targets: (plan.datasets['targets'] ?? []) as TargetRow[],
      mentions: (plan.datasets['target_mentions'] ?? []) as TargetMentionRow[],
    },
    await corpusData(root),
    lang,
  );
}

async function extract(req: Extract<WorkerRequest, { type: 'extract' }>): Promise<void> {
  const { id, lang, root } = req;
  const t0 = performance.now();
  post({ type: 'progress', id, stage: 'loading' });
  const chartCorpus = corpusData(root);
  chartCorpus.catch(() => {}); // awaited below; started early so it loads while the file converts
  const plan = await runExtraction(
    { fileName: req.fileName, bytes: new Uint8Array(req.bytes), ...(req.size !== undefined ? { size: req.size } : {}) },
    browserLoaders(root),
    await vocabularies(root),
    (stage, done, total) =>
      post({
        type: 'progress',
        id,
        stage,
        ...(done !== undefined ? { done } : {}),
        ...(total !== undefined ? { total } : {}),
      }),
  );
  current = plan;
  const html = resultHtml(plan, lang, await vocabularies(root));
  let chart: TargetsChartData | null = null;
  let chartError = '';
  try {
    chart = await chartOf(plan, root, lang);
  } catch (err) {
    chartError = err instanceof Error ? err.message : String(err);
  }
  post({ type: 'result', id, html, chart, chartError, ms: performance.now() - t0 });
}

// The file writers (papaparse, fflate) load on the first download, not with the extractor.
async function download(req: Extract<WorkerRequest, { type: 'download' }>): Promise<void> {
  if (!current) throw new Error('no plan extracted yet');
  const { datasetCsv, datasetJson, planZip } = await import('./release-files.ts');
  const file =
    req.kind === 'zip'
      ? planZip(current)
      : req.kind === 'csv'
        ? datasetCsv(current, req.dataset ?? '')
        : datasetJson(current, req.dataset ?? '');
  const bytes = file.bytes.slice().buffer;
  post({ type: 'file', id: req.id, name: file.name, mime: file.type, bytes }, [bytes]);
}

async function store(req: Extract<WorkerRequest, { type: 'store' }>): Promise<void> {
  if (!current) throw new Error('no plan extracted yet');
  const doc = current.datasets['documents']?.[0];
  await saveLocalPlan({
    docId: current.docId,
    fileName: current.fileName,
    title: typeof doc?.['title_zh'] === 'string' ? doc['title_zh'] : null,
    tables: PLAN_DATASETS.map((spec) => ({
      name: spec.name,
      columns: columnsOf(spec).map(({ name, type }) => ({ name, type })),
      rows: current?.datasets[spec.name] ?? [],
    })),
  });
  post({ type: 'stored', id: req.id });
}

scope.onmessage = (e) => {
  const req = e.data;
  const job = req.type === 'extract' ? extract(req) : req.type === 'download' ? download(req) : store(req);
  job.catch((err: unknown) => {
    if (err instanceof RefusedFile) {
      const lang = req.type === 'extract' ? req.lang : 'en';
      post({ type: 'refused', id: req.id, message: err.message, hint: refusalHint(err.message, lang) });
    } else {
      post({ type: 'failed', id: req.id, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    }
  });
};
