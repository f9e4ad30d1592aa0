// PDF versions of the hand-written plans, printed by Chromium when a test starts (not committed: Chromium's PDFs
// embed font subsets, ~0.2–0.4 MB each, and change bytes on every print).
import { readFileSync } from 'node:fs';
import { fixturePath } from './corpus.ts';
import { planLines, planToPrintHtml } from '../measure/plan-formats.ts';
import { printPdf, printScannedPdf, withBrowser } from '../measure/print-pdf.ts';

/** The plan's title line (ends in 方案 or 意见), used as the running header on every page. */
export function runningHeader(txt: string): string {
  return (planLines(txt).find((l) => /(方案|意见)$/.test(l.trim())) ?? '').trim();
}

/** Each plan (fixture file name without .txt) as a PDF with its title as running header and `- N -` page numbers; plus a scanned PDF. */
export async function printPlanPdfs(ids: string[]): Promise<{ plans: Map<string, Uint8Array>; scanned: Uint8Array }> {
  return withBrowser(async (browser) => {
    const plans = new Map<string, Uint8Array>();
    for (const id of ids) {
      const txt = readFileSync(fixturePath(`${id}.txt`), 'utf8');
      plans.set(
        id,
        await printPdf(browser, { html: planToPrintHtml(txt), header: runningHeader(txt), pageNumbers: true }),
      );
    }
    const scannedText = readFileSync(fixturePath('targets-chinese-numerals.txt'), 'utf8');
    const scanned = await printScannedPdf(browser, planToPrintHtml(scannedText));
    return { plans, scanned };
  });
}
