// The code a newsroom pastes: an <iframe> on /embed/<chart>/ (with the current filters) and the resize script.
import { escapeAttr as attr } from '../../lib/text/html.ts';

export interface EmbedCodeInput {
  /** Absolute URL of the embed page, query included. */
  src: string;
  /** Absolute URL of /embed/resize.js. */
  script: string;
  title: string;
  chart: string;
  height: number;
}

export function embedCode(i: EmbedCodeInput): string {
  return `<iframe src="${attr(i.src)}" title="${attr(i.title)}" data-chp-embed="${attr(i.chart)}" width="100%" height="${Math.round(i.height)}" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>\n<script async src="${attr(i.script)}"></script>`;
}
