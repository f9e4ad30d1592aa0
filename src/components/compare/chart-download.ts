// Downloads of what a chart shows now (published or edited): its rows as CSV by the one CSV writer, and the
// picture as SVG or PNG with title, source, notes, the site's name, the page's address and the licence baked in
// (and, for an edited chart, a line saying so). Loaded when the reader asks for a download.
import { objectsToCsv } from '../../lib/csv/write.ts';
import { exportSvg } from '../charts/export-svg.ts';
import type { ChartHost } from './chart-host.ts';

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
  }, 10_000);
}

/** The page's address as the reader has it, filters kept (an edited query, often long, is said in words instead). */
function pageAddress(): string {
  const url = new URL(location.href);
  url.hash = '';
  for (const key of [...url.searchParams.keys()])
    if (key === 'sql' || key.startsWith('sql.')) url.searchParams.delete(key);
  return url.href.replace(/%2C/gi, ',');
}

/** The picture as standalone SVG markup. */
export function picture(host: ChartHost): string | null {
  const svg = host.shown.svgs[0];
  if (!svg) return null;
  const { strings } = host.data;
  const t = host.shown.text;
  const doc = document.implementation.createDocument('http://www.w3.org/2000/svg', 'svg', null);
  const source = host.element.querySelector('.chart-source')?.textContent ?? t.source;
  const out = exportSvg(doc, svg, {
    title: t.title,
    subtitle: t.subtitle,
    source,
    notes: [
      ...(host.shown.edited ? [strings.edited] : []),
      ...[...host.element.querySelectorAll<HTMLElement>('.chart-notes li:not([hidden])')].map((li) => li.textContent),
    ],
    footer: `${strings.site} · ${pageAddress()} · ${strings.licence}`,
  });
  return new XMLSerializer().serializeToString(out);
}

async function png(markup: string): Promise<Blob | null> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  const img = new Image();
  try {
    await new Promise<void>((ok, fail) => {
      img.onload = () => {
        ok();
      };
      img.onerror = () => {
        fail(new Error('PNG: the SVG did not load'));
      };
      img.src = url;
    });
  } finally {
    URL.revokeObjectURL(url);
  }
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth * scale;
  canvas.height = img.naturalHeight * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return new Promise<Blob | null>((ok) => {
    canvas.toBlob(ok, 'image/png');
  });
}

export async function download(host: ChartHost, kind: string): Promise<void> {
  const name = `${host.data.chart}${host.shown.edited ? '-edited' : ''}`;
  const columns = host.shown.columns.map((c) => c.name);
  const csv = (rows: ChartHost['shown']['rows']) =>
    new Blob([objectsToCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
  if (kind === 'csv-all') save(csv(host.shown.edited ? host.shown.rows : host.data.rows), `${name}.csv`);
  if (kind === 'csv-shown') {
    save(csv(host.shownRows()), `${name}-shown.csv`);
  }
  if (kind !== 'svg' && kind !== 'png') return;
  const markup = picture(host);
  if (!markup) return;
  if (kind === 'svg') save(new Blob([markup], { type: 'image/svg+xml' }), `${name}.svg`);
  if (kind === 'png') {
    const blob = await png(markup);
    if (blob) save(blob, `${name}.png`);
  }
}
