// Chromium's print-to-PDF (playwright-core, system Chromium, Noto CJK fonts) for PDF fixtures and the bench.
// PDFs printed this way carry a text layer whose CJK glyphs map partly to radical code points (⼈⺠ for 人民).
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';

export interface PrintJob {
  html: string;
  /** Running header text on every page (page furniture the converter must drop). */
  header?: string;
  /** Footer `- N -` page numbers. */
  pageNumbers?: boolean;
}

const MARGIN = { top: '3.7cm', bottom: '3.5cm', left: '2.8cm', right: '2.6cm' };

export async function withBrowser<T>(f: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await f(browser);
  } finally {
    await browser.close();
  }
}

export async function printPdf(browser: Browser, job: PrintJob): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(job.html, { waitUntil: 'load' });
    const style = "font-family: 'Noto Serif CJK SC', serif; font-size: 10.5pt; width: 100%; text-align: center;";
    const pdf = await page.pdf({
      format: 'A4',
      margin: MARGIN,
      displayHeaderFooter: Boolean(job.header || job.pageNumbers),
      headerTemplate: job.header ? `<div style="${style}">${job.header}</div>` : '<span></span>',
      footerTemplate: job.pageNumbers
        ? `<div style="${style}">- <span class="pageNumber"></span> -</div>`
        : '<span></span>',
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** A "scanned" PDF: a screenshot of the text printed as an image, so the PDF has pages but no text layer. */
export async function printScannedPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage({ viewport: { width: 600, height: 400 } });
  try {
    await page.setContent(html);
    const png = await page.screenshot({ type: 'png' });
    await page.setContent(
      `<!DOCTYPE html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${Buffer.from(png).toString('base64')}"></body></html>`,
    );
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await page.close();
  }
}
