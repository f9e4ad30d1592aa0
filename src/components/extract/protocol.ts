// Messages between the /extract/ page and its Web Worker. Bytes travel as transferred ArrayBuffers; everything
// else is plain data (structured clone).
import type { Lang } from '../../i18n/ui.ts';
import type { TargetsChartData } from './compare-targets.ts';
import type { ResultHtml } from './result-html.ts';
import type { Stage } from './run-extraction.ts';

export type WorkerRequest =
  | {
      type: 'extract';
      id: number;
      lang: Lang;
      /** Absolute URL of the site's base (`https://host/sub/`): vocabularies, corpus data and pdf.js assets. */
      root: string;
      fileName: string;
      bytes: ArrayBuffer;
      /** Size of a file too large to read: `bytes` is then empty and the worker refuses it by size. */
      size?: number;
    }
  | { type: 'download'; id: number; kind: 'zip' | 'csv' | 'json'; dataset?: string }
  | { type: 'store'; id: number };

export type WorkerReply =
  | { type: 'progress'; id: number; stage: 'loading' | Stage; done?: number; total?: number }
  | {
      type: 'result';
      id: number;
      html: ResultHtml;
      /** Null when the corpus data could not be loaded (chartError says why). */
      chart: TargetsChartData | null;
      chartError: string;
      ms: number;
    }
  /** The file cannot be read: `message` names file and problem (English, as the CLI prints it), `hint` is localized. */
  | { type: 'refused'; id: number; message: string; hint: string }
  /** Anything else: a bug or a resource that did not load. */
  | { type: 'failed'; id: number; message: string }
  | { type: 'file'; id: number; name: string; mime: string; bytes: ArrayBuffer }
  | { type: 'stored'; id: number };
