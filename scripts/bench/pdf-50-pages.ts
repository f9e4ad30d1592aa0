// `npm run bench:pdf`: a generated plan printed by Chromium to a PDF of at least 50 pages, then through to results
// (conversion with pdf.js, parsing and every extractor): prints the page count and the time, in process (median
// of 3) and as the CLI a user runs (`npm run --silent extract -- plan.pdf`, Node start-up included, median of 3);
// then, when the site is built, in Chromium through /extract/ with the bytes it loads (extract-browser.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeLoaders } from '../convert-loaders.ts';
import { convertFile, extractConverted } from '../pipeline/convert/index.ts';
import { readVocabularies } from '../read-sources.ts';
import { planLines, planToPrintHtml } from '../measure/plan-formats.ts';
import { printPdf, withBrowser } from '../measure/print-pdf.ts';
import { extractPageFigures } from './extract-browser.ts';
import { generateLongPlan } from './generate-long-plan.ts';

const PAGES = Number(process.env['PDF_PAGES'] ?? 50);
const ROOT = new URL('../../', import.meta.url).pathname;

async function pageCount(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  const n = doc.numPages;
  await task.destroy();
  return n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
try {
  let parts = Math.ceil(PAGES / 2.3);
  let pdf: Uint8Array = new Uint8Array();
  let pages = 0;
  let text = '';
  await withBrowser(async (browser) => {
    for (;;) {
      text = generateLongPlan(parts);
      pdf = await printPdf(browser, {
        html: planToPrintHtml(text),
        header: '青溪县紧密型县域医疗卫生共同体建设三年行动方案',
        pageNumbers: true,
      });
      pages = await pageCount(pdf);
      if (pages >= PAGES) break;
      parts = Math.ceil((parts * PAGES) / pages) + 1;
    }
  });
  const file = join(dir, 'long-plan.pdf');
  writeFileSync(file, pdf);
  process.stdout.write(
    `generated: ${pages} pages, ${parts} parts, ${(pdf.length / 2 ** 20).toFixed(1)} MB (${file})\n`,
  );

  const vocab = readVocabularies();
  const inProcess: number[] = [];
  let targets = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const converted = await convertFile({ fileName: 'long-plan.pdf', bytes: pdf }, nodeLoaders);
    const t1 = performance.now();
    const r = extractConverted(
      converted,
      { docId: 'long-plan', fileName: 'long-plan.pdf', sourceFile: file, sha256: '', originalSha256: '' },
      vocab,
    );
    const t2 = performance.now();
    targets = (r.datasets['targets'] ?? []).length;
    inProcess.push(t2 - t0);
    process.stdout.write(
      `  in process, run ${i + 1}: convert ${(t1 - t0).toFixed(0)} ms + parse and extract ${(t2 - t1).toFixed(0)} ms\n`,
    );
  }
  // The result must be right, not only fast: the PDF's text is the plan's lines, and the targets are the .txt's.
  const converted = await convertFile({ fileName: 'long-plan.pdf', bytes: pdf }, nodeLoaders);
  const expected = `${planLines(text)
    .map((l) => l.replace(/^[\s\u3000]+/, ''))
    .join('\n')}\n`;
  const asTxt = extractConverted(
    await convertFile({ fileName: 'long-plan.txt', bytes: new TextEncoder().encode(text) }, nodeLoaders),
    { docId: 'long-plan', fileName: 'long-plan.txt', sourceFile: file, sha256: '', originalSha256: '' },
    vocab,
  );
  const txtTargets = (asTxt.datasets['targets'] ?? []).length;
  process.stdout.write(
    `  check: canonical text ${converted.text === expected ? 'equals' : 'DIFFERS FROM'} the plan's lines; ` +
      `${targets} targets from the PDF, ${txtTargets} from the same plan as .txt\n`,
  );
  const cli: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['scripts/extract.ts', file], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 2 ** 28,
    });
    if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
    cli.push(performance.now() - t0);
  }
  process.stdout.write(
    `${pages}-page PDF to results: median ${(median(inProcess) / 1000).toFixed(2)} s in process, ` +
      `${(median(cli) / 1000).toFixed(2)} s through the CLI (${targets} targets)\n`,
  );
  await extractPageFigures(pdf, 'long-plan.pdf');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
